import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fx = (...p: string[]): string => resolve(repoRoot, 'fixtures', ...p);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (npm test builds dist/ before vitest). */
export function ztaudit(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The pack and snapshot the scan tests run on, restricted to the fixture checks. */
export const FIXTURE_SCAN = ['--checks', fx('packs', 'basic'), '--only', 'fixture.*'];
