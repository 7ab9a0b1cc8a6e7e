// The blast radius as a plain-text table (ranked); pure, returns the text.
import type { BlastEntry } from './blast-radius.js';

const HEADERS = ['RANK', 'WORKLOAD', 'WORKLOADS', 'NAMESPACES', 'CROSS-NS', 'EXTERNAL', 'CROSS-NS DATASTORES'] as const;

export function formatBlastTable(entries: readonly BlastEntry[]): string {
  const rows = entries.map((e, i) => [
    String(i + 1),
    e.workload,
    String(e.reachableWorkloads),
    String(e.reachableNamespaces),
    String(e.crossNamespaceWorkloads),
    e.externalRanges === 0 ? '-' : `${e.externalRanges} ranges (${e.externalAddresses} addresses)`,
    e.crossNamespaceDatastores.length === 0 ? '-' : e.crossNamespaceDatastores.map((d) => `${d.dst}:${d.ports.join('/')}`).join(', '),
  ]);
  const widths = HEADERS.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]): string => `${cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')}\n`;
  return line(HEADERS) + rows.map(line).join('');
}
