// Ctrl-C and SIGTERM during a scan (the real CLI, real signals): the report of what finished is
// written within 2 s, the targets not reached are `skipped`, the exit is 3; a second Ctrl-C quits
// at once without a report, and no half-written file is left behind.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fx, repoRoot, ztaudit } from './helpers.js';

// an "SSH server" that accepts and never says a word: its targets hang until the scan gives up
let silent: Server;
const sockets: Socket[] = [];
let port = 0;
beforeAll(async () => {
  silent = createServer((s) => {
    sockets.push(s);
    s.on('error', () => undefined);
  });
  await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
  port = (silent.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((ok) => silent.close(() => ok()));
});

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** ms from the first signal to the process's end */
  afterSignal: number;
}

/** Start a scan, wait until `ready(stderr)` or `waitMs`, send the signals, wait for the end. */
function interrupted(args: string[], signals: NodeJS.Signals[], waitMs: number): Promise<Finished> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    let signalledAt = 0;
    setTimeout(() => {
      signalledAt = Date.now();
      signals.forEach((sig, i) => setTimeout(() => child.kill(sig), i * 300)); // a person's double Ctrl-C
    }, waitMs);
    child.on('exit', (code, signal) => done({ code, signal, stderr, afterSignal: Date.now() - signalledAt }));
  });
}

function inventory(dir: string): string {
  const path = join(dir, 'inv.yaml');
  const hung = [1, 2, 3].map((i) => `  - {name: hung-${i}, kind: linux, address: 127.0.0.1, port: ${port}, user: nobody}`).join('\n');
  // `a-done` sorts first: it finishes before the hung hosts are reached (concurrency 1)
  writeFileSync(path, `targets:\n  - {name: a-done, kind: linux, root: ${fx('linux', 'hardened-root')}}\n${hung}\n`);
  return path;
}

describe('an interrupted scan', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: writes the report of what finished within 2 s, the rest skipped, exit 3', async (sig) => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-int-'));
    const out = join(dir, 'report.json');
    const r = await interrupted(['scan', '-i', inventory(dir), '--concurrency', '1', '--timeout', '60', '-f', 'json', '-o', out, '--only', 'linux.ssh.*'], [sig], 4000);
    expect(r.code).toBe(3);
    expect(r.afterSignal).toBeLessThan(2000);
    expect(r.stderr).toMatch(sig === 'SIGINT' ? /ztaudit: interrupted: writing the report/ : /ztaudit: terminated: writing the report/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const report = JSON.parse(readFileSync(out, 'utf8')) as { targets: { id: string; status: string; error?: string }[]; results: { targetId: string }[]; gate: { passed: boolean; reasons: string[] } };
    const status = Object.fromEntries(report.targets.map((t) => [t.id, t.status]));
    expect(status).toEqual({ 'linux:a-done': 'ok', 'linux:hung-1': 'skipped', 'linux:hung-2': 'skipped', 'linux:hung-3': 'skipped' });
    expect(report.targets.find((t) => t.id === 'linux:hung-1')!.error).toBe('scan interrupted while this target was being collected');
    expect(report.targets.find((t) => t.id === 'linux:hung-3')!.error).toBe('scan interrupted before this target was reached');
    // the finished target is fully reported; the skipped ones have no results at all
    expect(report.results.filter((x) => x.targetId === 'linux:a-done').length).toBeGreaterThan(5);
    expect(report.results.some((x) => x.targetId.startsWith('linux:hung'))).toBe(false);
    expect(report.gate.passed).toBe(false);
    expect(report.gate.reasons).toContain('target linux:hung-3 skipped: scan interrupted before this target was reached');
  }, 30_000);

  it('a second Ctrl-C quits at once, even while the report is stuck: dies by the signal, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-int-'));
    // a FIFO nobody reads: writing the report blocks, as on a stuck output
    const fifo = join(dir, 'report.json');
    execFileSync('mkfifo', [fifo]);
    const r = await interrupted(['scan', '-i', inventory(dir), '--concurrency', '4', '--timeout', '60', '-f', 'json', '-o', fifo], ['SIGINT', 'SIGINT'], 3000);
    // killed by the SIGINT itself: a shell shows status 130
    expect(r.signal).toBe('SIGINT');
    expect(r.afterSignal).toBeLessThan(2000);
    expect(r.stderr).toMatch(/interrupted: writing the report/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  it('listening for Ctrl-C costs nothing per target: 40 targets, no listener-leak warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-int-'));
    const inv = join(dir, 'inv.yaml');
    writeFileSync(inv, `targets:\n${Array.from({ length: 40 }, (_, i) => `  - {name: r${i}, kind: linux, root: ${fx('linux', 'hardened-root')}}`).join('\n')}\n`);
    const r = ztaudit(['scan', '-i', inv, '--only', 'linux.ssh.*', '-f', 'json', '-o', join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/MaxListeners|memory leak/);
  }, 60_000);
});
