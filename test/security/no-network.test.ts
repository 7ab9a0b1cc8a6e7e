// ztaudit has no network of its own: a full scan of this machine, a mounted root and offline
// manifests, with every report format, attempts no connection at all (no telemetry, no update
// check, no advisory download), and completes in a network namespace that has nothing but a
// loopback that is down.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fx, repoRoot } from '../cli/helpers.js';

const preload = resolve(repoRoot, 'test/helpers/record-connections.mjs');
const canUnshare = process.getuid?.() === 0 && spawnSync('unshare', ['--net', 'true']).status === 0;

function scanArgs(dir: string): string[] {
  return ['scan', '--local', '--root', fx('linux', 'weak-root'), '--manifests', fx('manifests'), '-f', 'json,sarif,junit,html,markdown,table', '-o', join(dir, 'out/'), '--save-facts', join(dir, 'facts.json')];
}

describe('no network of its own', () => {
  it('a full scan of local, root and manifest targets attempts no connection and no DNS lookup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-nonet-'));
    const netLog = join(dir, 'net.log');
    writeFileSync(netLog, '');
    const r = spawnSync(process.execPath, ['--import', preload, resolve(repoRoot, 'bin/ztaudit.js'), ...scanArgs(dir)], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ZT_NET_LOG: netLog, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect([0, 1, 3]).toContain(r.status);
    expect(existsSync(join(dir, 'out', 'report.json'))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as { targets: { id: string }[]; results: unknown[] };
    expect(report.targets.length).toBe(3);
    expect(report.results.length).toBeGreaterThan(100);
    // the recorder works (a control run that connects is logged) ...
    const control = spawnSync(process.execPath, ['--import', preload, '-e', "require('node:net').connect(9, '127.0.0.1').on('error', () => {})"], { encoding: 'utf8', env: { ...process.env, ZT_NET_LOG: netLog } });
    expect(control.status).toBe(0);
    const lines = readFileSync(netLog, 'utf8').split('\n').filter(Boolean);
    // ... and the scan itself logged nothing before it
    expect(lines).toEqual(['connect 127.0.0.1:9']);
  }, 180_000);

  it.skipIf(!canUnshare)('completes in a network namespace with no network at all (unshare --net)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-nonet-'));
    const r = spawnSync('unshare', ['--net', process.execPath, resolve(repoRoot, 'bin/ztaudit.js'), ...scanArgs(dir)], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect([0, 1, 3]).toContain(r.status);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as { targets: { id: string; status: string }[] };
    // no target is lost for want of a network
    expect(report.targets.map((t) => t.status).filter((s) => s === 'unreachable' || s === 'skipped')).toEqual([]);
  }, 180_000);
});
