// One script per host: the prelude, then the sections of the chosen providers, each run once in
// a subshell. The whole text is one brace group, so a shell reading it from stdin (`sh -s`) has
// parsed all of it before the first command runs, and `exec </dev/null` makes sure no command
// can read what follows as its input.
import { randomBytes } from 'node:crypto';
import type { ShellProvider } from '../types.js';
import { NONCE } from './sections.js';
import { PRELUDE } from './prelude.js';

/** Section names in run order (providers come ordered by planProviders; a shared section runs once). */
export function sectionOrder(providers: readonly ShellProvider[]): string[] {
  const seen = new Set<string>();
  for (const p of providers) for (const name of Object.keys(p.sections)) seen.add(name);
  return [...seen];
}

/** A fresh marker nonce for one run of the script (sections.ts says why). */
export const newNonce = (): string => `.${randomBytes(8).toString('hex')}`;

export function composeScript(providers: readonly ShellProvider[], nonce = ''): string {
  if (!NONCE.test(nonce)) throw new Error(`bad section nonce ${JSON.stringify(nonce)}`);
  const bodies = new Map<string, string>();
  for (const p of providers) for (const [name, text] of Object.entries(p.sections)) if (!bodies.has(name)) bodies.set(name, text);
  const names = sectionOrder(providers);
  return ['{', 'exec </dev/null', `ZT_N=${nonce}`, PRELUDE, ...names.map((n) => bodies.get(n)!), ...names.map((n) => `zt_section ${n}`), 'exit 0', '}', ''].join('\n');
}
