// `checks list` fits the terminal like the table (no line longer than the width, box drawing
// never wrapped) and filters by kind, pillar and severity; `checks show` is readable text.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { catalogueTable, checkDetails, type CatalogueEntry } from '../../src/report/terminal/catalogue.js';
import { fixtureChecks } from './fixture-report.js';
import { ztaudit } from '../cli/helpers.js';

const plain = new Chalk({ level: 0 });
const longest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));
const entries: CatalogueEntry[] = [...fixtureChecks, { ...fixtureChecks[0]!, id: 'site.a-very-long-check-identifier-that-goes-on.and-on.and-on', cis: ['1.2.1'], aliases: ['old.id'] }];

describe('checks list', () => {
  it.each([40, 80, 100, 120, 200])('fits %i columns, box drawing whole', (width) => {
    const out = catalogueTable(plain, entries, width);
    expect(longest(out)).toBeLessThanOrEqual(width);
    for (const l of out.split('\n')) if (/^[┌│├└]/.test(l)) expect(l.at(-1)).toMatch(/[┐│┤┘]/);
    for (const c of entries) expect(out.replace(/[\s│]+/g, '')).toContain(c.title.replace(/\s+/g, ''));
  });

  it('drops Stage, then Kinds, then Pillar as the terminal narrows, and abbreviates severities below 100', () => {
    const head = (w: number): string => catalogueTable(plain, fixtureChecks, w).split('\n')[1]!;
    expect(head(200)).toMatch(/│ Check +│ Severity │ Pillar +│ Stage +│ Kinds +│ Title +│/);
    expect(head(120)).toMatch(/│ Check +│ Severity │ Pillar +│ Kinds +│ Title +│/);
    expect(head(100)).toMatch(/│ Check +│ Severity │ Title +│/);
    expect(head(80)).toMatch(/│ Check +│ Sev\. │ Title +│/);
  });

  it('the CLI filters by kind, pillar and severity, and a bad value is one line and exit 2', () => {
    const r = ztaudit(['checks', 'list', '--kind', 'linux', '--pillar', 'identity', '--severity', 'critical,high'], { COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(longest(r.stdout)).toBeLessThanOrEqual(120);
    const rows = r.stdout.split('\n').filter((l) => /^│ [a-z0-9]+\./.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toMatch(/│ (critical|high) +│ identity +│/);
    expect(r.stdout).toMatch(new RegExp(`^${rows.length} checks$`, 'm'));
    const json = JSON.parse(ztaudit(['checks', 'list', '--json', '--pillar', 'networks', '--severity', 'medium']).stdout) as { pillar: string; severity: string }[];
    expect(json.length).toBeGreaterThan(0);
    expect(new Set(json.map((c) => `${c.pillar}/${c.severity}`))).toEqual(new Set(['networks/medium']));
    const bad = ztaudit(['checks', 'list', '--severity', 'urgent']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ztaudit: bad --severity urgent (expected one of critical, high, medium, low)\n');
  });
});

describe('checks show', () => {
  it('prints what, why, how to fix and references as wrapped paragraphs', () => {
    const out = checkDetails(plain, entries.at(-1)!, 60);
    expect(longest(out)).toBeLessThanOrEqual(60);
    expect(out.split('\n').slice(0, 10)).toEqual([
      'site.a-very-long-check-identifier-that-goes-on.and-on.and-on',
      'No subject besides system groups is bound to cluster-admin',
      '',
      'Severity  critical',
      'Pillar    identity (Access Management)',
      'Stage     initial',
      'Targets   kubernetes',
      'CIS       1.2.1',
      'Aliases   old.id',
      '',
    ]);
    expect(out).toContain('Why it matters\n  cluster-admin grants every verb on every resource.\n');
    expect(out).toContain('How to fix\n  Bind narrower roles instead of cluster-admin.\n');
    expect(out).toContain('References\n  - CIS Kubernetes 1.12 5.1.1\n');
  });

  it('the CLI shows a YAML check, fitted to COLUMNS', () => {
    const r = ztaudit(['checks', 'show', 'k8s.apiserver.anonymous-auth'], { COLUMNS: '70' });
    expect(r.code).toBe(0);
    expect(longest(r.stdout)).toBeLessThanOrEqual(70);
    expect(r.stdout).toMatch(/^How to fix\n  Set --anonymous-auth=false/m);
    expect(ztaudit(['checks', 'show', 'no.such.check']).stderr).toBe('ztaudit: unknown check id no.such.check\n');
  });
});
