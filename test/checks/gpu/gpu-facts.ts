// Builders of gpu.* facts for the check tables: real captures parsed, or small hand-made ones.
import { readFileSync } from 'node:fs';
import { buildTable } from '../../../src/kit/gpu/advisories.js';
import type { AdvisoryRow, AdvisoryTable, GpuDevice, GpuHostFacts, GpuProcess, NvidiaSmiFacts } from '../../../src/kit/gpu/facts.js';
import { parseNvidiaSmiText } from '../../../src/providers/gpu/parse-text.js';
import { parseNvidiaSmiXml } from '../../../src/providers/gpu/parse-xml.js';
import { fx } from '../../cli/helpers.js';

export const notCollected = (reason = "nvidia-smi failed: nvidia-smi -q -x exited 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.") => ({ ok: false, reason });
export const noGpu = (reason = 'no NVIDIA GPU driver: nvidia-smi not found') => ({ ok: false, reason, notApplicable: true });

/** A real `nvidia-smi -q -x` capture from fixtures/nvidia/xml. */
export const xmlCapture = (file: string): NvidiaSmiFacts => parseNvidiaSmiXml(readFileSync(fx('nvidia', 'xml', file), 'utf8'));
/** A real `nvidia-smi -q` capture from fixtures/nvidia/text. */
export const textCapture = (file: string): NvidiaSmiFacts => parseNvidiaSmiText(readFileSync(fx('nvidia', 'text', file), 'utf8'));

/** The built-in table as collected on 2026-12-04. */
export const builtinTable = (): AdvisoryTable => buildTable(readFileSync(fx('..', 'data', 'nvidia', 'advisories.csv'), 'utf8'), 'built-in', new Date('2026-12-04T00:00:00Z'));

export const row = (over: Partial<AdvisoryRow>): AdvisoryRow => ({
  component: 'driver',
  bulletin: '9999',
  date: '2026-01-01',
  updated: '2026-01-01',
  cve: 'CVE-2026-0001',
  cvss: 7.8,
  severity: 'HIGH',
  product: 'Tesla',
  branch: 'R580',
  firstFixed: '580.100.01',
  affected: '',
  source: 'https://github.com/NVIDIA/product-security/',
  ...over,
});

export const tableOf = (rows: AdvisoryRow[], ageDays = 10): AdvisoryTable => ({ source: 'built-in', date: '2026-01-01', ageDays, rows });

export const proc = (over: Partial<GpuProcess>): GpuProcess => ({ pid: 100, type: 'C', name: 'python', usedMemory: '100 MiB', user: null, tenant: null, ...over });

export const device = (over: Partial<GpuDevice> = {}): GpuDevice => ({
  index: 0,
  busId: '00000000:01:00.0',
  productName: 'NVIDIA H100 80GB HBM3',
  productBrand: 'NVIDIA',
  architecture: 'Hopper',
  uuid: 'GPU-00000000-0000-0000-0000-000000000001',
  vbiosVersion: '96.00.A5.00.01',
  inforomImage: 'G520.0200.00.05',
  dataCenter: true,
  ecc: { current: 'Enabled', pending: 'Enabled', volatileUncorrectable: 0, aggregateUncorrectable: 0 },
  retiredPagesPending: null,
  remappedRows: { uncorrectable: 0, pending: false, failure: false },
  mig: { current: 'Disabled', pending: 'Disabled', devices: 0 },
  persistenceMode: 'Enabled',
  computeMode: 'Default',
  driverModel: null,
  processes: [],
  ...over,
});

export const smi = (gpus: GpuDevice[] = [device()], over: Partial<NvidiaSmiFacts> = {}): NvidiaSmiFacts => ({
  format: 'xml',
  driverVersion: '580.178.04',
  branch: 'R580',
  cudaVersion: '13.0',
  platform: 'linux',
  attachedGpus: gpus.length,
  timestamp: null,
  gpus,
  ...over,
});

export const host = (over: Partial<GpuHostFacts> = {}): GpuHostFacts => ({
  smi: { state: 'ok', reason: null, driverVersion: '580.178.04' },
  kernelModule: { version: '580.178.04', source: '/proc/driver/nvidia/version' },
  libraryVersions: ['580.178.04'],
  containerToolkit: null,
  monitoring: { dcgmExporter: { installed: true, running: true }, hostEngine: { installed: false, running: false } },
  ...over,
});
