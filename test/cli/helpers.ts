import { spawn, spawnSync } from 'node:child_process';
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

/** The built CLI without blocking: for tests whose servers answer from this process, or that run two at once. */
export function ztauditAsync(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
