// Fact rows for windows.* check tests: the facts the real parser makes of the fixture documents
// (fixtures/windows/*.json), with overrides. A row holds the check's own fact keys only.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RegistryValue, WindowsRegistryFacts } from '../../../src/kit/windows/facts.js';
import { parseWindowsDocument, type WindowsFacts } from '../../../src/providers/windows/parse.js';

export type Fixture = 'hardened' | 'weak' | 'dc-hardened' | 'dc-weak';

const root = resolve(import.meta.dirname, '../../..');
const cache = new Map<Fixture, WindowsFacts>();

/** Every windows.* fact of one fixture document, as the provider parses it. */
export function fixtureFacts(name: Fixture): WindowsFacts {
  if (!cache.has(name)) cache.set(name, parseWindowsDocument(JSON.parse(readFileSync(join(root, 'fixtures', 'windows', `${name}.json`), 'utf8')) as unknown));
  return cache.get(name)!;
}

/** The value of one fact of a fixture (it must have been collected). */
export function value<T>(name: Fixture, key: keyof WindowsFacts): T {
  const f = fixtureFacts(name)[key];
  if (!f.ok) throw new Error(`${name} ${key} not collected: ${f.reason}`);
  return structuredClone(f.value) as T;
}

/** A row: the named facts of a fixture (as Outcomes), some replaced by `overrides` (plain values or Outcomes). */
export function row(name: Fixture, keys: readonly string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const facts = fixtureFacts(name) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, k in overrides ? overrides[k] : facts[k]]));
}

/** A fixture's registry with some values set (a value of undefined unsets it). */
export function registry(name: Fixture, changes: Record<string, RegistryValue | undefined>): WindowsRegistryFacts {
  const reg = value<WindowsRegistryFacts>(name, 'windows.registry');
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete reg.values[k];
    else reg.values[k] = v;
  }
  return reg;
}

export const notCollected = (reason = 'registry: Access is denied.') => ({ ok: false, reason });
