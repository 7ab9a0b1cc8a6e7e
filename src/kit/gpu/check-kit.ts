// Shared pieces of the gpu.* checks. Pure.
import type { Severity } from '../../engine/types.js';
import { cvssSeverity, driverVerdict, gpuProductLine, type DriverVerdict, type ProductLine } from './advisories.js';
import type { AdvisoryTable, NvidiaSmiFacts } from './facts.js';

/** The severity a CVSS score gives a finding (undefined: keep the check's). */
export function severityOf(score: number | null): Severity | undefined {
  const s = cvssSeverity(score);
  return s === 'unknown' ? undefined : s;
}

/** The product line of the host's GPUs when they all share one (GeForce, RTX/Quadro, Tesla). */
export function hostProductLine(smi: NvidiaSmiFacts): ProductLine | null {
  const lines = new Set(smi.gpus.map(gpuProductLine));
  return lines.size === 1 ? [...lines][0]! : null;
}

/** The driver verdict of a host, or why there is none (not applicable / cannot judge). */
export function hostDriverVerdict(smi: NvidiaSmiFacts, table: AdvisoryTable): { verdict: DriverVerdict } | { notApplicable: string } | { error: string } {
  if (smi.platform === 'windows') return { notApplicable: `a Windows driver (${smi.driverVersion ?? 'unknown version'}, ${smi.gpus[0]?.driverModel ?? 'WDDM'}): the advisory table covers Linux drivers` };
  if (!smi.driverVersion) return { error: 'nvidia-smi reported no driver version' };
  const verdict = driverVerdict(smi.driverVersion, table.rows, hostProductLine(smi));
  if (verdict.state === 'unknown') return { error: `cannot judge driver ${smi.driverVersion}: the advisory table (${table.source}) has no Linux driver rows` };
  return { verdict };
}

/** "CVE-a, CVE-b, ... (+N more)" */
export function cveList(cves: readonly string[], max = 8): string {
  return cves.length <= max ? cves.join(', ') : `${cves.slice(0, max).join(', ')} (+${cves.length - max} more)`;
}

export const tableNote = (t: AdvisoryTable): string => `advisory table ${t.source}, dated ${t.date}`;

export const gpuName = (g: { index: number; productName: string; busId: string | null }): string => `GPU ${g.index} ${g.productName}${g.busId ? ` (${g.busId})` : ''}`;

export const cvssText = (score: number | null): string => (score === null ? '?' : score.toFixed(1));
