// The last lines of the terminal report say which exit status the scan ends with and why, in
// words: "Gate: passed", "Gate: failed: 2 high findings at or above --fail-on high",
// "Incomplete: 1 target unreachable (exit 3)". A breach (exit 1) takes precedence over an
// incomplete scan (exit 3), so its line comes last when both apply.
import { isIncompleteReason } from './gate.js';
import type { Report } from './model.js';

export type Tone = 'passed' | 'failed' | 'incomplete';

export interface VerdictLine {
  text: string;
  tone: Tone;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function verdict(report: Report): VerdictLine[] {
  const breaches = report.gate.reasons.filter((r) => !isIncompleteReason(r));
  const unreachable = report.targets.filter((t) => t.status === 'unreachable').length;
  const skipped = report.targets.filter((t) => t.status === 'skipped').length;
  const incomplete = [
    ...(skipped ? [`scan interrupted, ${plural(skipped, 'target')} not assessed`] : []),
    ...(unreachable ? [`${plural(unreachable, 'target')} unreachable`] : []),
    ...report.gate.reasons.filter((r) => r.includes('--min-coverage')),
  ];
  if (breaches.length) {
    const gate: VerdictLine = { text: `Gate: failed: ${breaches.join('; ')}`, tone: 'failed' };
    return incomplete.length ? [{ text: `Incomplete: ${incomplete.join('; ')}`, tone: 'incomplete' }, gate] : [gate];
  }
  const passed: VerdictLine = { text: 'Gate: passed', tone: 'passed' };
  return incomplete.length ? [passed, { text: `Incomplete: ${incomplete.join('; ')} (exit 3)`, tone: 'incomplete' }] : [passed];
}
