import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/engine/snapshot.js';
import type { Report } from '../../src/report/model.js';
import { FIXTURE_SCAN, fx, ztaudit } from './helpers.js';

describe('collect', () => {
  it('targets with no collector or transport in this version are unreachable with the reason; exit 3; the snapshot validates', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ztaudit-collect-')), 'facts.json');
    const r = ztaudit(['collect', '--ssh', 'audit@127.0.0.1:2222', '--winrm', 'https://dc-1:5986', '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    const snap = parseSnapshot(readFileSync(out, 'utf8'), out);
    expect(snap.targets.map((t) => [t.target.id, t.status])).toEqual([
      ['linux:ssh:audit@127.0.0.1:2222', 'unreachable'],
      ['windows:dc-1:5986', 'unreachable'],
    ]);
    // nothing listens on that port: the SSH transport says so
    expect(snap.targets[0]!.error).toMatch(/127\.0\.0\.1.*(refused|not available)/);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    // scanning the snapshot: every applicable check is an error for those targets, and exit 3
    const scan = ztaudit(['scan', '--facts', out, ...FIXTURE_SCAN, '-f', 'json', '-q']);
    expect(scan.code).toBe(3);
    const report = JSON.parse(scan.stdout) as Report;
    expect(new Set(report.results.map((x) => x.status))).toEqual(new Set(['error']));
  });

  it('an inventory target that cannot log in (no user): unreachable with the reason, the inline secret warned about and never printed', () => {
    const r = ztaudit(['collect', '-i', fx('inventory', 'inline-secret.yaml')]);
    expect(r.code).toBe(3);
    const snap = parseSnapshot(r.stdout, 'stdout');
    expect(snap.targets[0]).toMatchObject({ status: 'unreachable', error: expect.stringMatching(/^a vsphere target needs user and credentials\.password/) });
    expect(r.stderr).toContain('inline secret in credentials.password');
    expect(r.stderr + r.stdout).not.toContain('plain-text-Pa55word');
  });

  it('a partly collected target is a warning with its reasons, not exit 3 (the same rule as scan)', () => {
    const r = ztaudit(['collect', '--root', fx('linux', 'k8s-node-root')]);
    expect(r.code).toBe(0);
    expect(parseSnapshot(r.stdout, 'stdout').targets[0]!.status).toBe('partial');
    expect(r.stderr).toMatch(/^ztaudit: warning: target linux:root:\S+ partial: \d+ facts not collected \(linux\.storage: .*\)\n$/);
  });

  it('-q keeps stderr quiet; bad flags are exit 2', () => {
    expect(ztaudit(['collect', '-i', fx('inventory', 'inline-secret.yaml'), '-q']).stderr).toBe('');
    const r = ztaudit(['collect', '--timeout', '-5']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
