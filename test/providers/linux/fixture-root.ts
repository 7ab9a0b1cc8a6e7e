// Copy a fixture root tree into a temp folder and give its files the modes listed in
// fixtures/linux/<name>.modes.json (git keeps only the executable bit).
import { cpSync, chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
/** Real captured configuration files (fixtures/samples, see its README). */
export const samplesDir = resolve(repoRoot, 'fixtures/samples');

/** `modes` names another modes file for the same tree (k8s-node-root has a weak variant). */
export function prepareRoot(name: 'hardened-root' | 'weak-root' | 'k8s-node-root', modes: string = name): { root: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `ztaudit-${name}-`));
  const root = join(dir, 'root');
  cpSync(join(repoRoot, 'fixtures/linux', name), root, { recursive: true, verbatimSymlinks: true });
  const modeList = JSON.parse(readFileSync(join(repoRoot, 'fixtures/linux', `${modes}.modes.json`), 'utf8')) as Record<string, string>;
  for (const [path, mode] of Object.entries(modeList)) chmodSync(join(root, path), parseInt(mode, 8));
  return { root, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
