// `nvidia-smi -q -x` (root <nvidia_smi_log>, DTD v9 to v13 and none) to facts, with a real XML
// parser. Every field is optional in the wild (trimmed captures, old drivers, Windows/WDDM):
// what is missing or "N/A" is null, never a guess.
import { lazyXmlParser } from '../../engine/lazy.js';
import { isDataCentreGpu } from '../../kit/gpu/gpu-class.js';
import type { GpuDevice, GpuProcess, NvidiaSmiFacts } from '../../kit/gpu/facts.js';
import { branchOf, leadingVersion } from '../../kit/gpu/versions.js';

type Node = Record<string, unknown>;

const parser = lazyXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  isArray: (name) => ['gpu', 'process_info', 'mig_device'].includes(name),
});

const node = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]);

/** A leaf's text; null for absent, empty, "N/A", "Not Found", "Unknown Error". */
export function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') {
    const t = node(v)['#text'];
    return typeof t === 'string' || typeof t === 'number' ? text(t) : null;
  }
  const s = v.trim();
  if (s === '' || /^(n\/a|not found|unknown error|\[n\/a\]|not available.*|none)$/i.test(s)) return null;
  return s;
}

const at = (root: unknown, path: string): unknown => path.split('/').reduce<unknown>((n, k) => node(n)[k], root);
const str = (root: unknown, path: string): string | null => text(at(root, path));

function count(root: unknown, ...paths: string[]): number | null {
  let total: number | null = null;
  for (const p of paths) {
    const s = str(root, p);
    if (s !== null && /^\d+$/.test(s)) total = (total ?? 0) + Number(s);
  }
  return total;
}

const yesNo = (s: string | null): boolean | null => (s === null ? null : /^yes$/i.test(s) ? true : /^no$/i.test(s) ? false : null);

/** Uncorrectable ECC errors of one block (volatile or aggregate), over every DTD's names. */
function uncorrectable(block: unknown): number | null {
  return count(block, 'double_bit/total', 'dram_uncorrectable', 'sram_uncorrectable', 'sram_uncorrectable_parity', 'sram_uncorrectable_secded');
}

function processes(gpu: Node): GpuProcess[] {
  return list(node(gpu.processes).process_info).map((p) => {
    const pid = str(p, 'pid');
    return { pid: pid && /^\d+$/.test(pid) ? Number(pid) : null, type: str(p, 'type'), name: str(p, 'process_name') ?? '', usedMemory: str(p, 'used_memory'), user: null, tenant: null };
  });
}

function device(gpu: Node, index: number): GpuDevice {
  const productName = str(gpu, 'product_name') ?? 'unknown GPU';
  const productBrand = str(gpu, 'product_brand');
  const remapped = gpu.remapped_rows;
  const remappedRows =
    remapped && typeof remapped === 'object'
      ? {
          uncorrectable: count(remapped, 'remapped_row_unc'),
          pending: yesNo(str(remapped, 'remapped_row_pending')),
          failure: yesNo(str(remapped, 'remapped_row_failure')),
        }
      : null;
  const retired = node(gpu.retired_pages);
  const pendingRetire = yesNo(str(retired, 'pending_retirement')) ?? yesNo(str(retired, 'pending_blacklist'));
  return {
    index,
    busId: text(gpu['@_id']),
    productName,
    productBrand,
    architecture: str(gpu, 'product_architecture'),
    uuid: str(gpu, 'uuid'),
    vbiosVersion: str(gpu, 'vbios_version'),
    inforomImage: str(gpu, 'inforom_version/img_version'),
    dataCenter: isDataCentreGpu(productName, productBrand),
    ecc: {
      current: str(gpu, 'ecc_mode/current_ecc'),
      pending: str(gpu, 'ecc_mode/pending_ecc'),
      volatileUncorrectable: uncorrectable(at(gpu, 'ecc_errors/volatile')),
      aggregateUncorrectable: uncorrectable(at(gpu, 'ecc_errors/aggregate')),
    },
    retiredPagesPending: pendingRetire,
    remappedRows,
    mig: { current: str(gpu, 'mig_mode/current_mig'), pending: str(gpu, 'mig_mode/pending_mig'), devices: list(node(gpu.mig_devices).mig_device).length },
    persistenceMode: str(gpu, 'persistence_mode'),
    computeMode: str(gpu, 'compute_mode'),
    driverModel: str(gpu, 'driver_model/current_dm'),
    processes: processes(gpu),
  };
}

/** Parse `nvidia-smi -q -x`; throws when the text is not an nvidia_smi_log document. */
export function parseNvidiaSmiXml(xml: string): NvidiaSmiFacts {
  let doc: Node;
  try {
    doc = node(parser().parse(xml, true));
  } catch (err) {
    throw new Error(`nvidia-smi -q -x output is not XML: ${(err as Error).message.split('\n')[0]}`);
  }
  const log = doc.nvidia_smi_log;
  if (log === undefined) throw new Error('nvidia-smi -q -x output has no <nvidia_smi_log>');
  const root = node(log);
  const gpus = list(root.gpu).map((g, i) => device(node(g), i));
  const driverVersion = leadingVersion(str(root, 'driver_version'));
  const attached = str(root, 'attached_gpus');
  return {
    format: 'xml',
    driverVersion,
    branch: branchOf(driverVersion),
    cudaVersion: str(root, 'cuda_version'),
    platform: gpus.some((g) => /^(wddm|tcc|mcdm)$/i.test(g.driverModel ?? '')) ? 'windows' : 'linux',
    attachedGpus: attached && /^\d+$/.test(attached) ? Number(attached) : null,
    timestamp: str(root, 'timestamp'),
    gpus,
  };
}
