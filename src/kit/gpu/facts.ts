// NVIDIA GPU facts of a Linux host: what `nvidia-smi -q -x` reports (gpu.nvidia), the driver
// stack around it (gpu.host: loaded kernel module, user-space libraries, Container Toolkit,
// DCGM monitoring) and the advisory table the driver and toolkit are judged against
// (gpu.advisories). No nvidia-smi on the host: every one is not_applicable; nvidia-smi present
// but failing: gpu.nvidia is an error with nvidia-smi's own words, gpu.host still says what it saw.

/** One process nvidia-smi lists on a GPU. */
export interface GpuProcess {
  pid: number | null;
  /** C (compute), G (graphics), C+G, or null when not reported */
  type: string | null;
  /** the process name or path as nvidia-smi prints it */
  name: string;
  usedMemory: string | null;
  /** the process owner (live collection), null when unknown */
  user: string | null;
  /** who the process belongs to: pod:<uid>, container:<id> or user:<name> (live collection), null when unknown */
  tenant: string | null;
}

export interface GpuDevice {
  index: number;
  /** PCI bus id (the <gpu id="..."> attribute / the "GPU 00000000:01:00.0" header) */
  busId: string | null;
  productName: string;
  /** GeForce, Quadro, NVIDIA RTX, Tesla, NVIDIA... */
  productBrand: string | null;
  architecture: string | null;
  uuid: string | null;
  vbiosVersion: string | null;
  /** InfoROM image version, e.g. G520.0200.00.05 */
  inforomImage: string | null;
  /** a data-centre (Tesla-class) GPU, where ECC is expected on */
  dataCenter: boolean;
  ecc: {
    /** Enabled / Disabled, or null when the GPU has no ECC (N/A) */
    current: string | null;
    pending: string | null;
    /** uncorrectable errors since the driver loaded / over the GPU's life; null when not reported */
    volatileUncorrectable: number | null;
    aggregateUncorrectable: number | null;
  };
  /** a page retirement waits for the next driver reload (pre-Ampere); null when not reported */
  retiredPagesPending: boolean | null;
  /** row remapping (Ampere and later); null when not reported */
  remappedRows: { uncorrectable: number | null; pending: boolean | null; failure: boolean | null } | null;
  mig: { current: string | null; pending: string | null; devices: number };
  persistenceMode: string | null;
  computeMode: string | null;
  /** WDDM / TCC on Windows, null on Linux */
  driverModel: string | null;
  processes: GpuProcess[];
}

export interface NvidiaSmiFacts {
  /** which nvidia-smi output was parsed */
  format: 'xml' | 'text';
  /** the user-space driver version nvidia-smi reports, e.g. 535.54.03; null in a trimmed capture */
  driverVersion: string | null;
  /** the release branch, e.g. R535 (the driver version's major number) */
  branch: string | null;
  cudaVersion: string | null;
  /** windows when a GPU runs a Windows driver model (WDDM/TCC) */
  platform: 'linux' | 'windows';
  attachedGpus: number | null;
  timestamp: string | null;
  gpus: GpuDevice[];
}

export interface ServicePresence {
  installed: boolean;
  running: boolean;
}

export interface GpuHostFacts {
  /** how nvidia-smi answered: ok, or failed with its first line */
  smi: { state: 'ok' | 'failed'; reason: string | null; driverVersion: string | null };
  /** the loaded kernel module (/proc/driver/nvidia/version, else /sys/module/nvidia/version) */
  kernelModule: { version: string; source: string } | null;
  /** versions of the installed user-space library libnvidia-ml.so.<version> */
  libraryVersions: string[];
  /** NVIDIA Container Toolkit, when installed */
  containerToolkit: { version: string; ctkVersion: string | null; cliVersion: string | null } | null;
  monitoring: { dcgmExporter: ServicePresence; hostEngine: ServicePresence };
}

/** Which product an advisory row is about. */
export type AdvisoryComponent = 'driver' | 'container-toolkit' | 'gpu-operator' | 'k8s-device-plugin' | 'mig-manager' | 'vbios' | 'inforom';

/** One row of the advisory table: one CVE, one product line, one branch, the first fixed version. */
export interface AdvisoryRow {
  component: AdvisoryComponent;
  bulletin: string;
  /** YYYY-MM-DD the bulletin was published / last updated */
  date: string;
  updated: string;
  cve: string;
  cvss: number | null;
  severity: string;
  /** GeForce; NVIDIA RTX, Quadro, NVS; Tesla; or the product (Container Toolkit...); for vbios/inforom rows, the GPU product name it applies to */
  product: string;
  /** driver branch (R535...), empty for non-driver rows */
  branch: string;
  /** versions below this are affected */
  firstFixed: string;
  /** for a row that applies only up to a version (Container Toolkit CDI-mode notes...), free text */
  affected: string;
  source: string;
}

export interface AdvisoryTable {
  /** where the table came from: "built-in" or the --gpu-advisories path */
  source: string;
  /** the newest bulletin date (or updated date) in the table, YYYY-MM-DD */
  date: string;
  /** days between `date` and the collection */
  ageDays: number;
  rows: AdvisoryRow[];
}

declare module '../../engine/facts.js' {
  interface FactTypes {
    'gpu.nvidia': NvidiaSmiFacts;
    'gpu.host': GpuHostFacts;
    'gpu.advisories': AdvisoryTable;
  }
}
