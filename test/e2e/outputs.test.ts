// End to end through the built CLI, on the real fixtures of every collector: what a user and a CI
// pipeline see. SARIF from manifests must point at file and line and pass Microsoft's validator.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/validate.js';
import { ensureMultitool, validateSarifFile } from '../report/multitool.js';
import { fx, ztaudit } from '../cli/helpers.js';

interface SarifLog {
  runs: {
    automationDetails: { id: string };
    results: {
      ruleId: string;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
    }[];
  }[];
}

describe('scan --manifests -f sarif,json', () => {
  let dir: string;
  let sarif: SarifLog;
  let report: { results: { checkId: string; status: string; location?: { file: string; line: number } }[] };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zt-e2e-'));
    const r = ztaudit(['scan', '--manifests', fx('manifests', 'bad-cluster'), fx('kubernetes', 'controlplane', 'bad'), '-f', 'sarif,json', '-o', dir, '--fail-on', 'high']);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.code).toBe(1); // the bad cluster breaches --fail-on high
    sarif = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as SarifLog;
    report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as typeof report;
  });

  it('writes a JSON report valid against the shipped schema', () => {
    expect(validateReport(report)).toEqual({ valid: true, errors: [] });
  });

  it('points manifest findings at their file and line', () => {
    const results = sarif.runs.flatMap((r) => r.results);
    expect(results.length).toBeGreaterThan(20);
    const located = results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.includes('fixtures/manifests/bad-cluster/'));
    expect(located.length).toBeGreaterThan(10);
    for (const r of located) expect(r.locations[0]!.physicalLocation.region!.startLine).toBeGreaterThan(0);
    // control-plane flag findings point at the static pod manifest
    expect(results.some((r) => r.ruleId === 'k8s.apiserver.anonymous-auth' && r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('kube-apiserver.yaml'))).toBe(true);
    // one run per target kind, GitHub's category convention
    expect(sarif.runs.map((r) => r.automationDetails.id)).toEqual(['ztaudit/kubernetes/']);
  });

  it('passes the SARIF multitool with the GitHub rules and zero errors', () => {
    ensureMultitool();
    const verdict = validateSarifFile(join(dir, 'report.sarif'), join(dir, 'validation.sarif'), dir);
    expect(verdict.errorLines).toEqual([]);
    expect(verdict.errorResults).toEqual([]);
  });

  it('gives the same fingerprints on a second run', () => {
    const again = ztaudit(['scan', '--manifests', fx('manifests', 'bad-cluster'), fx('kubernetes', 'controlplane', 'bad'), '-f', 'sarif']);
    const second = JSON.parse(again.stdout) as SarifLog;
    const fps = (log: SarifLog) => log.runs.flatMap((r) => r.results.map((x) => Object.values(x.partialFingerprints).join())).sort();
    expect(fps(second)).toEqual(fps(sarif));
  });
});

describe('scan --root on a weak image', () => {
  it('finds the weaknesses and writes a schema-valid report', () => {
    const r = ztaudit(['scan', '--root', fx('linux', 'weak-root'), '-f', 'json', '--fail-on', 'critical']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { results: { checkId: string; status: string }[]; targets: { kind: string }[] };
    expect(validateReport(report).errors).toEqual([]);
    expect(report.targets.map((t) => t.kind)).toEqual(['linux']);
    const failing = new Set(report.results.filter((x) => x.status === 'fail').map((x) => x.checkId));
    for (const id of ['linux.ssh.permit-root-login', 'linux.accounts.extra-uid0']) expect(failing).toContain(id);
    // runtime-only facts of a mounted root are not applicable, never pass
    const runtime = report.results.filter((x) => x.checkId === 'linux.secureboot.enabled');
    expect(runtime.map((x) => x.status)).toEqual(['not_applicable']);
  });
});

describe('checks list', () => {
  const list = (kind: string) => {
    const r = ztaudit(['checks', 'list', '--json', '--kind', kind]);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as { id: string; pillar: string; severity: string; stage: string; references: string[]; remediation: string }[];
  };

  it.each([
    ['linux', 40],
    ['kubernetes', 60],
  ])('lists at least %s checks for %s, each complete', (kind, min) => {
    const checks = list(kind);
    expect(checks.length).toBeGreaterThanOrEqual(min);
    for (const c of checks) {
      expect(c.pillar && c.severity && c.stage && c.remediation.trim(), c.id).toBeTruthy();
      expect(c.references.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('scan of this machine -f sarif -o r.sarif', () => {
  it('passes the SARIF multitool with zero errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zt-local-'));
    const out = join(dir, 'r.sarif');
    const r = ztaudit(['scan', '-f', 'sarif', '-o', out]);
    // no gate asked for and this machine is never unreachable: a tool missing here (nft,
    // iptables) makes the target partial, which lowers coverage but does not exit 3
    expect(r.code).toBe(0);
    ensureMultitool();
    const verdict = validateSarifFile(out, join(dir, 'validation.sarif'), dir);
    expect(verdict.errorLines).toEqual([]);
    expect(verdict.errorResults).toEqual([]);
    const log = JSON.parse(readFileSync(out, 'utf8')) as SarifLog;
    expect(log.runs.map((x) => x.automationDetails.id)).toEqual(['ztaudit/linux/']);
  });
});
