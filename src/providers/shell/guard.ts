// Run one section parser: a missing or cut-off section, or a parser bug, becomes an error fact
// with the reason, never a throw and never a pass.
import type { Outcome } from '../../engine/types.js';
import type { Section } from './sections.js';

export function guard<T>(name: string, section: Section | undefined, parse: (s: Section) => Outcome<T>): Outcome<T> {
  if (!section) return { ok: false, reason: `section ${name} missing from the collector output (cut off by a timeout?)` };
  if (section.rc === null) return { ok: false, reason: `section ${name} was cut off before it finished` };
  try {
    return parse(section);
  } catch (err) {
    return { ok: false, reason: `cannot parse ${name}: ${(err as Error).message}` };
  }
}

/** A fact that depends on another one that could not be gathered carries that reason. */
export function dependsOn<T, D>(name: string, dep: Outcome<D> | undefined, depName: string, f: (value: D) => Outcome<T>): Outcome<T> {
  if (!dep) return { ok: false, reason: `${depName} was not collected` };
  if (!dep.ok) return { ok: false, reason: `${depName} unknown: ${dep.reason}` };
  try {
    return f(dep.value);
  } catch (err) {
    return { ok: false, reason: `cannot parse ${name}: ${(err as Error).message}` };
  }
}
