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
