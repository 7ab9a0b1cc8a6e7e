// `nvidia-smi -q` (plain text) to the same facts as the XML: for an nvidia-smi without -x
// support and for captures kept as text. The text is an indented tree of "Key : Value" lines.
import { isDataCentreGpu } from '../../kit/gpu/gpu-class.js';
import type { GpuDevice, GpuProcess, NvidiaSmiFacts } from '../../kit/gpu/facts.js';
import { branchOf, leadingVersion } from '../../kit/gpu/versions.js';
import { text as clean } from './parse-xml.js';

interface TNode {
  key: string;
  value: string | null;
  children: TNode[];
}

const LINE = /^(\s*)(\S.*?)\s+:\s?(.*)$/;

function tree(input: string): TNode {
  const root: TNode = { key: '', value: null, children: [] };
  const stack: { indent: number; node: TNode }[] = [{ indent: -1, node: root }];
  for (const raw of input.split(/\r?\n/)) {
    if (raw.trim() === '' || /^=+/.test(raw.trim())) continue;
    const m = LINE.exec(raw);
    const indent = (m ? m[1]! : /^\s*/.exec(raw)![0]).length;
    const n: TNode = m ? { key: m[2]!.trim(), value: clean(m[3]), children: [] } : { key: raw.trim(), value: null, children: [] };
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack[stack.length - 1]!.node.children.push(n);
    stack.push({ indent, node: n });
  }
  return root;
}

const child = (n: TNode | undefined, key: string): TNode | undefined => n?.children.find((c) => c.key.toLowerCase() === key.toLowerCase());
const val = (n: TNode | undefined, ...path: string[]): string | null => {
  let cur = n;
  for (const k of path) cur = child(cur, k);
  return cur?.value ?? null;
};

function sum(n: TNode | undefined, keys: readonly string[]): number | null {
  let total: number | null = null;
  for (const k of keys) {
    const v = val(n, k);
    if (v !== null && /^\d+$/.test(v)) total = (total ?? 0) + Number(v);
  }
  return total;
}

const UNCORRECTABLE = ['DRAM Uncorrectable', 'SRAM Uncorrectable', 'SRAM Uncorrectable Parity', 'SRAM Uncorrectable SEC-DED'];

function uncorrectable(block: TNode | undefined): number | null {
  const direct = sum(block, UNCORRECTABLE);
  const doubleBit = sum(child(block, 'Double Bit'), ['Total']);
  return direct === null && doubleBit === null ? null : (direct ?? 0) + (doubleBit ?? 0);
}

const yesNo = (s: string | null): boolean | null => (s === null ? null : /^yes$/i.test(s) ? true : /^no$/i.test(s) ? false : null);

function processes(n: TNode | undefined): GpuProcess[] {
  const out: GpuProcess[] = [];
  let cur: GpuProcess | undefined;
  const apply = (c: TNode): void => {
    if (!cur) return;
    const k = c.key.toLowerCase();
    if (k === 'type') cur.type = c.value;
    else if (k === 'name' || k === 'process name') cur.name = c.value ?? '';
    else if (k === 'used gpu memory') cur.usedMemory = c.value;
  };
  for (const c of n?.children ?? []) {
    if (c.key.toLowerCase() === 'process id') {
      cur = { pid: c.value && /^\d+$/.test(c.value) ? Number(c.value) : null, type: null, name: '', usedMemory: null, user: null, tenant: null };
      out.push(cur);
      c.children.forEach(apply);
    } else apply(c);
  }
  return out;
}

function device(g: TNode, index: number): GpuDevice {
  const productName = val(g, 'Product Name') ?? 'unknown GPU';
  const productBrand = val(g, 'Product Brand');
  const remapped = child(g, 'Remapped Rows');
  const retired = child(g, 'Retired Pages');
  return {
    index,
    busId: /^GPU\s+(\S+)/.exec(g.key)?.[1] ?? null,
    productName,
    productBrand,
    architecture: val(g, 'Product Architecture'),
    uuid: val(g, 'GPU UUID'),
    vbiosVersion: val(g, 'VBIOS Version'),
    inforomImage: val(g, 'Inforom Version', 'Image Version'),
    dataCenter: isDataCentreGpu(productName, productBrand),
    ecc: {
      current: val(g, 'ECC Mode', 'Current'),
      pending: val(g, 'ECC Mode', 'Pending'),
      volatileUncorrectable: uncorrectable(child(child(g, 'ECC Errors'), 'Volatile')),
      aggregateUncorrectable: uncorrectable(child(child(g, 'ECC Errors'), 'Aggregate')),
    },
    retiredPagesPending: yesNo(val(retired, 'Pending Page Blacklist')) ?? yesNo(val(retired, 'Pending Page Retirement')),
    remappedRows: remapped && remapped.children.length > 0
      ? { uncorrectable: sum(remapped, ['Uncorrectable Error']), pending: yesNo(val(remapped, 'Pending')), failure: yesNo(val(remapped, 'Remapping Failure Occurred')) }
      : null,
    mig: { current: val(g, 'MIG Mode', 'Current'), pending: val(g, 'MIG Mode', 'Pending'), devices: g.children.filter((c) => c.key === 'MIG Device').length },
    persistenceMode: val(g, 'Persistence Mode'),
    computeMode: val(g, 'Compute Mode'),
    driverModel: val(g, 'Driver Model', 'Current'),
    processes: processes(child(g, 'Processes')),
  };
}

/** Parse `nvidia-smi -q`; throws when the text has no "Driver Version" and no GPU. */
export function parseNvidiaSmiText(input: string): NvidiaSmiFacts {
  const root = tree(input);
  const gpus = root.children.filter((c) => /^GPU\s+[0-9A-Fa-f:.]+$/.test(c.key)).map(device);
  const driverVersion = leadingVersion(val(root, 'Driver Version'));
  if (!driverVersion && gpus.length === 0) throw new Error('not nvidia-smi -q output (no Driver Version, no GPU)');
  const attached = val(root, 'Attached GPUs');
  return {
    format: 'text',
    driverVersion,
    branch: branchOf(driverVersion),
    cudaVersion: val(root, 'CUDA Version'),
    platform: gpus.some((g) => /^(wddm|tcc|mcdm)$/i.test(g.driverModel ?? '')) ? 'windows' : 'linux',
    attachedGpus: attached && /^\d+$/.test(attached) ? Number(attached) : null,
    timestamp: val(root, 'Timestamp'),
    gpus,
  };
}
