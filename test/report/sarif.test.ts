import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSarif, GITHUB_LIMITS, SECURITY_SEVERITY, type SarifLog } from '../../src/report/sarif.js';
import { sarif } from './text-writers.js';
import type { Report } from '../../src/report/model.js';
import { fixtureReport, fixtureResults, result } from './fixture-report.js';
import { ensureMultitool, validateSarifFile } from './multitool.js';

let dir: string;
beforeAll(() => {
  ensureMultitool();
  dir = mkdtempSync(join(tmpdir(), 'ztaudit-sarif-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (report: Report): SarifLog => JSON.parse(sarif(report, { color: false })) as SarifLog;

describe('sarif writer', () => {
  it('has one run per target kind with a distinct automationDetails.id', () => {
    const log = parse(fixtureReport());
    expect(log.version).toBe('2.1.0');
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual(['ztaudit/kubernetes/', 'ztaudit/linux/']);
  });

  it('keeps only open failing results: no pass, warn, error, not_applicable or excepted failure', () => {
    const log = parse(fixtureReport());
    const [k8s, linux] = log.runs;
    expect(k8s!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['k8s.rbac.cluster-admin-binding', 'error'],
      ['k8s.workload.privileged', 'error'],
      ['k8s.netpol.default-deny-ingress', 'warning'],
    ]);
    expect(linux!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['linux.ssh.permit-root-login', 'error'],
      ['linux.audit.auditd-enabled', 'note'],
    ]);
  });

  it('gives every rule the descriptions, help, tags and security-severity GitHub reads', () => {
    const log = parse(fixtureReport());
    const rules = log.runs.flatMap((r) => r.tool.driver.rules);
    expect(rules.map((r) => r.id)).toEqual([
      'k8s.netpol.default-deny-ingress',
      'k8s.rbac.cluster-admin-binding',
      'k8s.workload.privileged',
      'linux.audit.auditd-enabled',
      'linux.fs.tmp-noexec',
      'linux.ssh.permit-root-login',
    ]);
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('k8s.rbac.cluster-admin-binding')!.properties['security-severity']).toBe('9.5');
    expect(byId.get('linux.ssh.permit-root-login')!.properties['security-severity']).toBe('8.0');
    expect(byId.get('linux.fs.tmp-noexec')!.properties['security-severity']).toBe('5.5');
    expect(byId.get('linux.audit.auditd-enabled')!.properties['security-severity']).toBe('2.0');
    expect(SECURITY_SEVERITY).toEqual({ critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' });
    for (const r of rules) {
      expect(r.properties.tags).toContain('security');
      expect(r.properties.tags).toContain(r.properties.pillar);
      expect(r.properties.tags.length).toBeLessThanOrEqual(20);
      expect(r.shortDescription.text).not.toBe('');
      expect(r.fullDescription.text).not.toBe('');
      expect(r.help.text).toContain('Remediation:');
      expect(r.help.markdown).toContain('**Remediation:**');
    }
    // result.ruleIndex points at its rule
    for (const run of log.runs) for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
  });

  it('uses the manifest file and line when known, else a stable pseudo-path plus a logical location', () => {
    const log = parse(fixtureReport());
    const all = log.runs.flatMap((r) => r.results);
    const loc = (ruleId: string) => all.find((r) => r.ruleId === ruleId)!.locations[0]!;
    expect(loc('k8s.rbac.cluster-admin-binding').physicalLocation).toEqual({
      artifactLocation: { uri: 'manifests/rbac.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12 },
    });
    expect(loc('k8s.netpol.default-deny-ingress')).toEqual({
      physicalLocation: { artifactLocation: { uri: 'ztaudit/k8s/kubernetes:prod/_cluster/Namespace/shop' }, region: { startLine: 1 } },
      logicalLocations: [{ name: 'shop', fullyQualifiedName: 'kubernetes:prod//Namespace/shop', kind: 'resource' }],
    });
    expect(loc('linux.ssh.permit-root-login').physicalLocation.artifactLocation.uri).toBe('ztaudit/linux/linux:web1/_target');
    for (const r of all) expect(r.partialFingerprints['ztaudit/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('puts nothing that changes between runs into locations or fingerprints', () => {
    const a = fixtureReport();
    const b = fixtureReport({ scan: { id: 'scan-9999', startedAt: '2027-01-01T00:00:00.000Z', finishedAt: '2027-01-01T00:00:09.000Z', durationMs: 9000 } });
    expect(sarif(b, { color: false })).toBe(sarif(a, { color: false }));
    const shuffled = fixtureReport({ results: [...fixtureResults()].reverse() });
    expect(sarif(shuffled, { color: false })).toBe(sarif(a, { color: false }));
  });

  it('keeps the 25,000 most severe results per run and says so', () => {
    const many = Array.from({ length: GITHUB_LIMITS.maxResultsPerRun + 10 }, (_, i) =>
      result('linux.audit.auditd-enabled', 'linux:web1', 'fail', { resource: { kind: 'File', name: `/etc/f${i}` } }),
    );
    const crit = result('k8s.rbac.cluster-admin-binding', 'linux:web1', 'fail', { resource: { kind: 'User', name: 'root' } });
    const report = fixtureReport({ results: [...many, crit] });
    const { log, warnings } = buildSarif(report);
    const linux = log.runs.find((r) => r.automationDetails.id === 'ztaudit/linux/')!;
    expect(linux.results).toHaveLength(25_000);
    expect(linux.results[0]!.ruleId).toBe('k8s.rbac.cluster-admin-binding');
    expect(linux.properties).toMatchObject({ truncated: true, totalResults: 25_011, keptResults: 25_000 });
    expect(warnings).toEqual([expect.stringContaining('kept the 25000 most severe of 25011 results')]);
  });

  it('shrinks a file that would exceed the gzip size limit, never writing one GitHub rejects', () => {
    const many = Array.from({ length: 2000 }, (_, i) => result('linux.audit.auditd-enabled', 'linux:web1', 'fail', { resource: { kind: 'File', name: `/etc/${i}` } }));
    const report = fixtureReport({ results: many });
    const limit = 30_000;
    const { log, warnings } = buildSarif(report, { limits: { maxGzipBytes: limit } });
    const text = `${JSON.stringify(log, null, 2)}\n`;
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
    const linux = log.runs.find((r) => r.automationDetails.id === 'ztaudit/linux/')!;
    expect(linux.results.length).toBeGreaterThan(0);
    expect(linux.results.length).toBeLessThan(2000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('gzip');
  });
});

describe('sarif writer against the SARIF multitool (GitHub and SARIF rules)', () => {
  const cases: [string, () => Report][] = [
    ['findings of every severity, with and without file locations', () => fixtureReport()],
    ['no file locations at all', () => fixtureReport({ results: fixtureResults().map(({ location: _l, ...r }) => r) })],
    ['no results', () => fixtureReport({ results: [] })],
  ];
  it.each(cases)('%s: zero errors', (name, make) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.sarif`);
    writeFileSync(file, sarif(make(), { color: false }));
    const verdict = validateSarifFile(file, `${file}.validation.sarif`, dir);
    expect(verdict.stdout).toContain('Analysis completed successfully');
    expect(verdict.errorLines).toEqual([]);
    expect(verdict.errorResults).toEqual([]);
  });
});

describe('the multitool harness itself', () => {
  it('does catch errors (a result without locations), so "zero errors" above means something', () => {
    const log = parse(fixtureReport());
    const broken = { ...log, runs: log.runs.map((r) => ({ ...r, results: r.results.map(({ locations: _l, ...rest }) => rest) })) };
    const file = join(dir, 'broken.sarif');
    writeFileSync(file, JSON.stringify(broken));
    const verdict = validateSarifFile(file, `${file}.validation.sarif`, dir);
    expect(verdict.errorLines.length).toBeGreaterThan(0);
    expect(verdict.errorResults.length).toBeGreaterThan(0);
  });
});
