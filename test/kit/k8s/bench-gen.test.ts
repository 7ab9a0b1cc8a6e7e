// The benchmark generator at a small scale: the dump loads cleanly, has the advertised shape,
// and the posture checks fold replica pods into their Deployments (one result per workload).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import { packageRoot } from '../../../src/engine/paths.js';
import { clusterTarget, postureChecks } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'ztaudit-k8s-gen-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('generates 50 pods per namespace that the checks report as 30 workloads', async () => {
  const log = execFileSync(process.execPath, [join(packageRoot, 'bench/k8s-gen.mjs'), out, '2'], { encoding: 'utf8' });
  expect(log).toContain('2 namespaces, 100 pods');
  const target = await clusterTarget(out, 'bench');
  const pods = target.facts['k8s.pods'];
  expect(pods?.ok && (pods.value as unknown[]).length).toBe(100);
  const checks = await postureChecks();
  const privileged = checks.find((c) => c.meta.id === 'k8s.workload.privileged')!;
  const results = evaluateCheck(privileged, target);
  // per namespace: 10 Deployments (their ReplicaSets and 30 replica pods fold in) + 20 bare pods
  expect(results).toHaveLength(60);
  expect(results.filter((r) => r.resource?.kind === 'Deployment')).toHaveLength(20);
  expect(results.some((r) => /-[0-9a-f]{9}/.test(r.resource?.name ?? ''))).toBe(false);
  for (const c of checks) expect(evaluateCheck(c, target).filter((r) => r.status === 'error').map((r) => r.message), c.meta.id).toEqual([]);
});
