import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FILE_NAMES, FORMATS, parseFormats, renderText as render } from '../../src/report/index.js';
import { textWriters as writers } from './text-writers.js';
import { validateReport } from '../../src/report/validate.js';
import { fixtureReport, fixtureResults } from './fixture-report.js';

const ESC = '\u001b';

describe('writers registry', () => {
  it('has one writer per format and a file name for each', () => {
    expect(FORMATS).toEqual(['table', 'json', 'sarif', 'junit', 'markdown', 'html']);
    expect(Object.keys(FILE_NAMES).sort()).toEqual([...FORMATS].sort());
  });
  it('rejects unknown formats as a usage error', () => {
    expect(() => parseFormats(['json', 'pdf'])).toThrow(/unknown format pdf/);
    expect(parseFormats(undefined)).toEqual(['table']);
    expect(parseFormats(['json', 'json', 'sarif'])).toEqual(['json', 'sarif']);
  });
});

describe('every writer', () => {
  it.each(FORMATS)('%s: same input => identical bytes, whatever the input order', (format) => {
    const a = writers[format](fixtureReport(), { color: false });
    const b = writers[format](fixtureReport(), { color: false });
    expect(b).toBe(a);
    if (format !== 'json') {
      const shuffled = fixtureReport({ results: [...fixtureResults()].reverse() });
      expect(writers[format](shuffled, { color: false })).toBe(a);
    }
  });
  it.each(FORMATS)('%s: renders the scores it is given, never recomputed', (format) => {
    const report = fixtureReport();
    const doctored = { ...report, score: { ...report.score, overall: 12.3 } };
    if (format === 'sarif' || format === 'junit') return; // they carry no score
    expect(writers[format](doctored, { color: false })).toContain('12.3');
  });
});

describe('json writer', () => {
  it('is the report pretty-printed and valid against schema/report.schema.json', () => {
    const report = fixtureReport({ analyses: { blastRadius: { 'kubernetes:prod': { reach: 3 } } }, scan: { id: 's', startedAt: '2026-11-23T10:00:00.000Z', finishedAt: '2026-11-23T10:00:01.000Z', durationMs: 1000, shard: '1/4' } });
    const text = writers.json(report, { color: false });
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(validateReport(JSON.parse(text))).toEqual({ valid: true, errors: [] });
  });
});

describe('schema', () => {
  const valid = () => JSON.parse(writers.json(fixtureReport(), { color: false })) as Record<string, unknown>;
  it('rejects unknown top-level and nested fields', () => {
    expect(validateReport({ ...valid(), extra: 1 }).valid).toBe(false);
    const r = valid();
    (r['results'] as Record<string, unknown>[])[0]!['surprise'] = true;
    const v = validateReport(r);
    expect(v.valid).toBe(false);
    expect(v.errors.join()).toContain('surprise');
  });
  it('rejects wrong enums, missing pillars and a wrong schemaVersion', () => {
    const r = valid();
    (r['results'] as Record<string, unknown>[])[0]!['status'] = 'passed';
    expect(validateReport(r).valid).toBe(false);
    const s = valid();
    delete ((s['score'] as Record<string, unknown>)['pillars'] as Record<string, unknown>)['data'];
    expect(validateReport(s).valid).toBe(false);
    expect(validateReport({ ...valid(), schemaVersion: '2' }).valid).toBe(false);
    expect(validateReport({ ...valid(), scan: { id: 'x', startedAt: 'yesterday', finishedAt: '2026-11-23T10:00:00Z', durationMs: 1 } }).valid).toBe(false);
  });
  it('accepts null scores with stage null', () => {
    const r = valid();
    expect(((r['score'] as Record<string, Record<string, unknown>>)['pillars']!['data'] as Record<string, unknown>)['score']).toBeNull();
    expect(validateReport(r).valid).toBe(true);
  });
});

describe('table writer', () => {
  it('has no escape bytes without colour, and colour when asked', () => {
    const plain = writers.table(fixtureReport(), { color: false });
    expect(plain.includes(ESC)).toBe(false);
    expect(writers.table(fixtureReport(), { color: true }).includes(ESC)).toBe(true);
  });
  it('groups findings needing attention by pillar, failures first, and shows coverage beside every score', () => {
    const text = writers.table(fixtureReport(), { color: false });
    const order = [
      'identity: 2 fail, 1 error, 0 warn, 0 pass, 0 not applicable',
      'devices: 0 fail, 2 error, 0 warn, 0 pass, 0 not applicable',
      'networks: 1 fail, 0 error, 1 warn, 0 pass, 1 not applicable',
      'applications_workloads: 2 fail, 0 error, 0 warn, 1 pass, 0 not applicable',
      'visibility_analytics: 1 fail, 1 error, 0 warn, 0 pass, 0 not applicable',
    ];
    const positions = order.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const identity = text.slice(positions[0], positions[1]);
    expect(identity.indexOf('k8s.rbac.cluster-admin-binding')).toBeLessThan(identity.indexOf('linux.ssh.permit-root-login'));
    // linux:db1's could-not-assess row is folded into its one "unreachable" line above the pillars
    expect(identity).toContain('│ fail ');
    expect(identity).not.toContain('│ error ');
    expect(text).not.toContain('Deployment/shop/api'); // passes are counted, not listed
    const scoreRow = (p: string) => text.split('\n').find((l) => l.startsWith(`│ ${p} `))!;
    const s = fixtureReport().score;
    expect(scoreRow('applications_workloads')).toContain(`${s.pillars.applications_workloads.score!.toFixed(1)}`);
    expect(scoreRow('applications_workloads')).toContain(`${s.pillars.applications_workloads.coverage!.toFixed(1)}%`);
    expect(scoreRow('data')).toMatch(/^│ data +│ - +│ n\/a +│ - +│/);
    expect(text).toContain('-: insufficient evidence');
    expect(scoreRow('overall')).toContain(`${s.coverage!.toFixed(1)}%`);
    expect(text).toContain('fail (excepted)');
    expect(text).toContain('Gate: failed');
  });
  it('never passes control characters from collected text to the terminal', () => {
    const results = fixtureResults();
    results[0] = { ...results[0]!, message: 'evil \u001b[2J\u001b]0;title\u0007 text' };
    const text = writers.table(fixtureReport({ results }), { color: false, width: 200 });
    expect(text.includes(ESC)).toBe(false);
    expect(text.includes('\u0007')).toBe(false);
    expect(text).toContain('evil \uFFFD[2J');
  });
});

describe('junit writer', () => {
  const xml = writers.junit(fixtureReport(), { color: false });
  it('is well-formed XML even with control characters and markup in messages', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('&lt;ServiceAccount&gt; &quot;ci&quot; &amp; friends');
    expect(xml).not.toContain('\u0007');
  });
  it('has one suite per target and maps statuses to failure / error / skipped', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml) as {
      testsuites: { tests: string; failures: string; errors: string; skipped: string; testsuite: { name: string; tests: string; testcase: Record<string, unknown>[] }[] };
    };
    const ts = doc.testsuites;
    expect(ts.testsuite.map((s) => s.name)).toEqual(['prod (kubernetes:prod)', 'db1 (linux:db1)', 'web1 (linux:web1)']);
    // 13 results: open fails 5, errors 4, skipped = 1 not_applicable + 1 excepted
    expect([ts.tests, ts.failures, ts.errors, ts.skipped]).toEqual(['13', '5', '4', '2']);
    const web1 = ts.testsuite[2]!.testcase;
    expect(web1.map((c) => c['name'])).toEqual(['linux.ssh.permit-root-login', 'linux.audit.auditd-enabled', 'linux.fs.tmp-noexec']);
    expect(web1[0]).toHaveProperty('failure');
    expect(web1[2]).toHaveProperty('error');
  });
});

describe('markdown and html writers', () => {
  it('markdown has the score table with coverage and escapes table cells', () => {
    const md = writers.markdown(fixtureReport(), { color: false });
    expect(md).toContain('| Pillar | Score | Coverage | Stage |');
    expect(md).toMatch(/\| data \| insufficient evidence \| n\/a \| insufficient evidence \|/);
    expect(md).toContain('auditd is disabled\uFFFD \\| pipes<br>and newlines');
    expect(md).not.toContain('| pass |'); // passes are counted, not listed
  });
  it('html is one self-contained, escaped page', () => {
    const page = writers.html(fixtureReport(), { color: false });
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    // nothing to fetch: no external script, stylesheet, image or link; a CSP that allows none
    expect(page).not.toMatch(/<link|\ssrc=|\shref=|@import|url\(/);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(page.match(/<script/g)).toHaveLength(2); // the data block and the page's script
    // the data block is JSON that no value can end early
    const data = /<script type="application\/json" id="ztaudit-data">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(data).not.toMatch(/[<>&]/);
    const parsed = JSON.parse(data) as { results: unknown[][] };
    expect(parsed.results.map((r) => r[4])).toContain('ClusterRoleBinding ci-admin binds cluster-admin to <ServiceAccount> "ci" & friends');
    expect(page).not.toContain('<ServiceAccount>');
    // the unreachable target and its reason are in the page itself
    expect(page).toContain('<code>linux:db1</code> <span class="unreachable">unreachable</span>: <span class="reason">connect ECONNREFUSED</span>');
  });
  it('html draws the trend only when one is given', () => {
    expect(writers.html(fixtureReport(), { color: false })).not.toContain('id="trend-chart"');
    const trend = [
      { at: '2026-11-01T00:00:00Z', scanId: 'a', overall: 10, coverage: 50, pillars: {} },
      { at: '2026-11-02T00:00:00Z', scanId: 'b', overall: 20, coverage: 60, pillars: {} },
    ];
    const page = writers.html(fixtureReport(), { color: false, trend });
    expect(page).toContain('id="trend-chart"');
    expect(page.match(/<circle class="dot"/g)).toHaveLength(2);
  });
  it('both list expired exceptions (they stop applying and are reported)', () => {
    const report = fixtureReport();
    report.expiredExceptions = [{ check: 'linux.*', target: 'linux:web1', reason: 'ticket <42> & co', expires: '2026-01-01' }];
    const page = writers.html(report, { color: false });
    expect(page).toContain('<h2>Expired exceptions (no longer applied)</h2>');
    expect(page).toContain('<tr><td><code>linux.*</code></td><td>linux:web1</td><td>*</td><td>2026-01-01</td><td>ticket &lt;42&gt; &amp; co</td></tr>');
    expect(writers.markdown(report, { color: false })).toContain('| linux:web1 | * | 2026-01-01 |');
    delete report.expiredExceptions;
    expect(writers.html(report, { color: false })).not.toContain('Expired exceptions');
  });
});

describe('render', () => {
  it('returns SARIF warnings separately from the text', () => {
    const { text, warnings } = render(fixtureReport(), 'sarif', { color: false });
    expect(JSON.parse(text)).toHaveProperty('version', '2.1.0');
    expect(warnings).toEqual([]);
  });
});
