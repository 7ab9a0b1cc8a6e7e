// Which files a check pack or the built-in catalogue is made of (shared by the registry, which
// loads them, and the catalogue file, which records a digest of them).
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { UsageError, errorMessage } from './errors.js';

export function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    throw new UsageError(`cannot read check pack ${dir}: ${errorMessage(err)}`);
  }
  for (const entry of entries) {
    // a pack's own dependencies and hidden folders (.git) hold no checks
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    // the entry's own type saves a stat per file; only a link is followed to see what it names
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue; // a dangling symlink: nothing to load
      }
    }
    if (isDir) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export const isModule = (f: string, source: boolean): boolean =>
  source ? f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts') : f.endsWith('.js') || f.endsWith('.mjs');
export const isYaml = (f: string): boolean => f.endsWith('.yaml') || f.endsWith('.yml');
