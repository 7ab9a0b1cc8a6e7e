// Colours by status and severity. The caller passes a Chalk at level 0 when colour is off
// (NO_COLOR, --no-color, not a terminal), which makes every function here the identity.
import type { ChalkInstance } from 'chalk';
import type { Result, Severity } from '../../engine/types.js';

export function paintStatus(c: ChalkInstance, r: Result, label: string): string {
  if (r.exception) return c.gray(label);
  switch (r.status) {
    case 'fail':
      return c.red.bold(label);
    case 'error':
      return c.magenta(label);
    case 'warn':
      return c.yellow(label);
    case 'pass':
      return c.green(label);
    default:
      return c.gray(label);
  }
}

export function paintSeverity(c: ChalkInstance, s: Severity, label: string): string {
  if (s === 'critical') return c.red.bold(label);
  if (s === 'high') return c.red(label);
  if (s === 'medium') return c.yellow(label);
  return label;
}

// Control characters from collected text (ESC sequences above all) must not reach the terminal.
export const safe = (s: string): string => s.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
