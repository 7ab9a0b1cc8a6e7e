// What the selection asks of a host, and checks that could only ever error, seen from the CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactsSnapshot } from '../../src/engine/facts.js';
import { fx, ztaudit } from './helpers.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ztaudit-providers-'));

describe('providers from the command line', () => {
  it("scan --only 'linux.ssh.*' collects only the host identity and sshd facts", () => {
    const facts = join(tmp(), 'facts.json');
    const r = ztaudit(['scan', '--root', fx('linux', 'hardened-root'), '--only', 'linux.ssh.*', '-f', 'json', '-o', join(tmp(), 'r.json'), '--save-facts', facts, '-q']);
    expect(r.stderr).toBe('');
    const snap = JSON.parse(readFileSync(facts, 'utf8')) as FactsSnapshot;
    expect(Object.keys(snap.targets[0]!.facts).sort()).toEqual(['linux.os', 'linux.sshd']);
  });

  it('a YAML check reading a fact no provider offers is refused when its pack loads: exit 2, one line naming the file', () => {
    const dir = tmp();
    const file = join(dir, 'site.gpu.typo.yaml');
    writeFileSync(file, readFileSync(fx('packs', 'basic', 'fixture.ssh.root-login.yaml'), 'utf8').replace('id: fixture.ssh.root-login', 'id: site.gpu.typo').replace('fact: fixture.sshd', 'fact: linux.sshdd'));
    for (const args of [['checks', 'list', '--checks', dir], ['scan', '--root', fx('linux', 'hardened-root'), '--checks', dir]]) {
      const r = ztaudit(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`ztaudit: ${file}: check site.gpu.typo reads fact "linux.sshdd", which no collector provides in this version\n`);
    }
  });
});
