import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fx, ztaudit } from './helpers.js';

describe('inventory', () => {
  it('validate: exit 0 with the target count', () => {
    const r = ztaudit(['inventory', 'validate', fx('inventory', 'fleet.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${fx('inventory', 'fleet.yaml')}: ok, 5 targets\n`);
  });

  it('validate: exit 2 with one line naming the problem', () => {
    const r = ztaudit(['inventory', 'validate', fx('inventory', 'bad-kind.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ztaudit: inventory ${fx('inventory', 'bad-kind.yaml')}: targets/0/kind: must be one of linux, windows, kubernetes, vsphere, proxmox, libvirt, s3\n`);
    const missing = ztaudit(['inventory', 'validate', '/nonexistent.yaml']);
    expect([missing.code, missing.stderr]).toEqual([2, 'ztaudit: cannot read inventory /nonexistent.yaml: ENOENT\n']);
  });

  it('example prints a commented inventory that validates', () => {
    const r = ztaudit(['inventory', 'example']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# ztaudit inventory/);
    const file = join(mkdtempSync(join(tmpdir(), 'ztaudit-inv-')), 'example.yaml');
    writeFileSync(file, r.stdout);
    expect(ztaudit(['inventory', 'validate', file])).toMatchObject({ code: 0, stderr: '' });
  });
});
