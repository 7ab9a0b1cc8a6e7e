// Check selection: --only / --skip globs on ids (and aliases), --pillar names. A literal id in
// --only that names no check is a usage error, so a typo never silently runs nothing.
import { picomatchPackage } from './lazy.js';
import type { Check } from './check.js';
import { UsageError } from './errors.js';
import { PILLARS, type Pillar } from './types.js';

export interface Selection {
  only?: readonly string[];
  skip?: readonly string[];
  pillars?: readonly string[];
}

const namesOf = (c: Check): string[] => [c.meta.id, ...(c.meta.aliases ?? [])];

function matcher(patterns: readonly string[]): (c: Check) => boolean {
  const tests = patterns.map((p) => picomatchPackage()(p, { dot: true, bash: true }));
  return (c) => namesOf(c).some((n) => tests.some((t) => t(n)));
}

export function selectChecks(all: readonly Check[], sel: Selection): Check[] {
  const only = sel.only?.filter(Boolean) ?? [];
  const skip = sel.skip?.filter(Boolean) ?? [];
  const pillars = sel.pillars?.filter(Boolean) ?? [];
  for (const p of pillars) {
    if (!(PILLARS as readonly string[]).includes(p)) throw new UsageError(`unknown pillar ${p} (expected one of ${PILLARS.join(', ')})`);
  }
  for (const p of only) {
    if (!picomatchPackage().scan(p).isGlob && !all.some((c) => namesOf(c).includes(p))) throw new UsageError(`unknown check id ${p}`);
  }
  const inOnly = only.length ? matcher(only) : () => true;
  const inSkip = skip.length ? matcher(skip) : () => false;
  return all.filter((c) => inOnly(c) && !inSkip(c) && (pillars.length === 0 || pillars.includes(c.meta.pillar as Pillar)));
}
