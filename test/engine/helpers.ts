// Shared bits for the pipeline tests: a fake collector registry and the fixture pack.
import { resolve } from 'node:path';
import type { CollectorRegistry } from '../../src/collect/collectors.js';
import type { Collected, Collector, TargetSpec } from '../../src/kinds/types.js';
import { loadCheckDir } from '../../src/engine/registry.js';
import type { Check } from '../../src/engine/check.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fixture = (...p: string[]): string => resolve(repoRoot, 'fixtures', ...p);

let pack: Promise<Check[]> | undefined;
/** The test-only YAML pack (fixture.* checks), loaded without the built-ins. */
export const fixturePack = (): Promise<Check[]> => (pack ??= loadCheckDir(fixture('packs', 'basic')));

export type Behaviour = (t: TargetSpec, signal: AbortSignal) => Promise<Collected>;

/** A registry whose collector runs `behaviour` per target and records what it saw. */
export function fakeRegistry(behaviour: Behaviour, kinds: string[] = ['linux', 'kubernetes']): { registry: CollectorRegistry; seen: string[]; maxInFlight: () => number } {
  const seen: string[] = [];
  let inFlight = 0;
  let max = 0;
  const collector = (kind: string): Collector => ({
    kind,
    async collect(t, ctx) {
      seen.push(t.id);
      inFlight++;
      max = Math.max(max, inFlight);
      try {
        return await behaviour(t, ctx.signal);
      } finally {
        inFlight--;
      }
    },
  });
  const registry: CollectorRegistry = Object.fromEntries(kinds.map((k) => [k, async () => collector(k)]));
  return { registry, seen, maxInFlight: () => max };
}

export const linuxTarget = (name: string, extra: Partial<TargetSpec> = {}): TargetSpec => ({ id: `linux:${name}`, kind: 'linux', name, options: {}, ...extra });

export const goodFacts = (): Collected => ({
  facts: {
    'fixture.sshd': { ok: true, value: { permitrootlogin: 'no' } },
    'fixture.firewall': { ok: true, value: { enabled: true } },
    'fixture.audit': { ok: true, value: { rules: 9 } },
    'fixture.app': { ok: true, value: { apiToken: 'AKIAIOSFODNN7EXAMPLE', password: 'x', mode: 'strict' } },
  },
});
