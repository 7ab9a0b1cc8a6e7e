import { describe, expect, it } from 'vitest';
import { GROUP_ABOVE } from '../../src/report/table.js';
import { table } from './text-writers.js';
import { fixtureReport, result } from './fixture-report.js';

const privileged = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    result('k8s.workload.privileged', 'kubernetes:prod', 'fail', { resource: { kind: 'Deployment', namespace: 'shop', name: `app-${String(i).padStart(3, '0')}` } }),
  );

describe('table grouping', () => {
  it(`lists up to ${GROUP_ABOVE} findings of one check on one target one per row`, () => {
    const out = table(fixtureReport({ results: privileged(GROUP_ABOVE) }), { color: false });
    for (let i = 0; i < GROUP_ABOVE; i++) expect(out).toContain(`Deployment/shop/app-00${i}`);
    expect(out).not.toContain('resources:');
  });

  it('folds more into one row that counts them and names the first few', () => {
    const out = table(fixtureReport({ results: privileged(500) }), { color: false });
    expect(out).toContain('500 resources:');
    expect(out).toContain('Deployment/shop/app-000');
    expect(out).not.toContain('app-499');
    expect(out.split('\n').filter((l) => l.startsWith('│ fail ')).length).toBe(1);
    // the per-pillar counts still count every finding
    expect(out).toContain('applications_workloads: 500 fail');
  });
});

describe('--group-by', () => {
  const headings = (out: string): string[] => out.split('\n').filter((l) => /^\S.*: \d+ fail, \d+ error/.test(l));

  it('pillar (the default): one heading per pillar, in CISA order, with a Check and a Target column', () => {
    const out = table(fixtureReport(), { color: false, width: 160 });
    expect(headings(out).map((l) => l.split(':')[0])).toEqual(['identity', 'devices', 'networks', 'applications_workloads', 'visibility_analytics']);
    expect(out).toMatch(/│ Status +│ Severity +│ Check +│ Target +│ Resource +│ Message/);
  });

  it('target: one heading per target with its status, no Target column; a lost target is its header line', () => {
    const out = table(fixtureReport(), { color: false, width: 160, groupBy: 'target' });
    expect(headings(out)).toEqual([
      'kubernetes:prod (ok): 4 fail, 0 error, 1 warn, 1 pass, 1 not applicable',
      'linux:web1 (ok): 2 fail, 1 error, 0 warn, 0 pass, 0 not applicable',
    ]);
    expect(out).toContain('1 target with nothing to list');
    expect(out).toMatch(/│ Status +│ Severity +│ Check +│ Resource +│ Message/);
    expect(out).not.toMatch(/│ Target /);
  });

  it('check: most severe first, severity and pillar in the heading, no Check column', () => {
    const out = table(fixtureReport(), { color: false, width: 160, groupBy: 'check' });
    expect(headings(out).map((l) => l.split(':')[0])).toEqual([
      'k8s.rbac.cluster-admin-binding (critical, identity)',
      'k8s.workload.privileged (high, applications_workloads)',
      'linux.ssh.permit-root-login (high, identity)',
      'k8s.netpol.default-deny-ingress (medium, networks)',
      'linux.fs.tmp-noexec (medium, devices)',
      'linux.audit.auditd-enabled (low, visibility_analytics)',
    ]);
    expect(out).not.toMatch(/│ Check /);
  });

  it('severity: critical first', () => {
    const out = table(fixtureReport(), { color: false, width: 160, groupBy: 'severity' });
    expect(headings(out).map((l) => l.split(':')[0])).toEqual(['critical', 'high', 'medium', 'low']);
    expect(headings(out)[1]).toBe('high: 3 fail, 1 error, 0 warn, 1 pass, 0 not applicable');
  });
});

describe('--group-by on the command line', () => {
  it('groups the table of a saved report, and refuses an unknown grouping with one line (exit 2)', async () => {
    const { ztaudit, fx } = await import('../cli/helpers.js');
    const scan = ztaudit(['scan', '--root', fx('linux', 'weak-root'), '--group-by', 'severity', '--no-color'], { COLUMNS: '100' });
    expect(scan.stdout.split('\n').filter((l) => /^(critical|high|medium|low): /.test(l)).map((l) => l.split(':')[0])).toEqual(['critical', 'high', 'medium', 'low']);
    const bad = ztaudit(['scan', '--root', fx('linux', 'weak-root'), '--group-by', 'owner']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ztaudit: bad --group-by "owner" (expected one of pillar, target, check, severity)\n');
  });
});

describe('check ids are never cut', () => {
  it('when the Check column would be narrowed, each id goes whole on its own line above its message', async () => {
    const { fixtureReport: report } = await import('./fixture-report.js');
    const narrow = table(report(), { color: false, width: 80 });
    expect(narrow).toMatch(/│ Status │ Sev\. │ Target +│ Check and message +│/);
    expect(narrow).toMatch(/│ fail +│ crit │ kubernetes:prod │ k8s\.rbac\.cluster-admin-binding +│\n│ +│ +│ +│ ClusterRoleBinding\/ci-admin:/);
    expect(narrow).not.toMatch(/k8s\.[a-z.-]*…/);
    const wide = table(report(), { color: false, width: 200 });
    expect(wide).toMatch(/│ Status │ Severity │ Check +│ Target +│ Resource +│ Message +│/);
  });
});

describe('streamed writers', () => {
  it('the table, Markdown and HTML come as several chunks that join into the whole', async () => {
    const { renderTable } = await import('../../src/report/table.js');
    const { renderMarkdown, markdown } = await import('../../src/report/markdown.js');
    const { renderHtml, html } = await import('../../src/report/html.js');
    const { fixtureReport: report } = await import('./fixture-report.js');
    const { joinChunks } = await import('../../src/report/index.js');
    const opts = { color: false, width: 120 };
    for (const [gen, whole] of [
      [renderTable, table],
      [renderMarkdown, markdown],
      [renderHtml, html],
    ] as const) {
      const chunks = [...gen(report(), opts)];
      expect(chunks.length).toBeGreaterThan(3);
      expect(chunks.join('').replace(/\n+$/, '\n')).toBe(joinChunks(whole(report(), opts)));
    }
  });
});
