// From a composed script's whole output to facts: split into sections, then each provider's
// pure parse in plan order (a provider's `needs` were parsed before it). Total: any text gives
// facts, and whatever is malformed or missing is an error fact with the reason.
import type { FactMap, ShellProvider } from '../types.js';
import { attr, splitSections } from './sections.js';

/** `nonce`: the one the script was composed with (compose.ts), so imitated markers stay text. */
export function parseShellOutput(output: string, providers: readonly ShellProvider[], root: string, nonce = ''): FactMap {
  const sections = splitSections(output, nonce);
  const meta = sections.get('meta');
  const reported = meta ? attr(meta, 'mode') : undefined;
  const mode = reported === 'live' || reported === 'offline' ? reported : root === '/' ? 'live' : 'offline';
  const facts: FactMap = {};
  for (const p of providers) {
    let out: FactMap;
    try {
      out = p.parse((name) => sections.get(name), { root, mode, facts });
    } catch (err) {
      out = Object.fromEntries(p.facts.map((f) => [f, { ok: false, reason: `provider ${p.id} failed: ${(err as Error).message}` }]));
    }
    for (const f of p.facts) facts[f] = out[f] ?? { ok: false, reason: `provider ${p.id} did not return ${f}` };
  }
  return facts;
}
