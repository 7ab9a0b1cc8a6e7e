// The two fixture clusters through the real offline path (manifest loader + facts) and every
// posture check of this family: the hardened cluster has no failure, the neglected one fails a
// fixed list of checks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Check } from '../../../src/engine/check.js';
import { evaluateSnapshot } from '../../../src/engine/evaluate.js';
import type { Result } from '../../../src/engine/types.js';
import { clusterTarget, fixtureDir, postureChecks } from './helpers.js';

let checks: Check[];
beforeAll(async () => {
  checks = await postureChecks();
});

async function scan(name: string): Promise<Result[]> {
  const target = await clusterTarget(fixtureDir(name), name);
  return evaluateSnapshot({ kind: 'ztaudit-facts', schemaVersion: '1', tool: { name: 'ztaudit', version: 'test' }, collectedAt: '2026-01-01T00:00:00Z', targets: [target] }, checks);
}

const idsWith = (results: Result[], status: Result['status']): string[] => [...new Set(results.filter((r) => r.status === status).map((r) => r.checkId))].sort();

describe('good cluster', () => {
  it('has no failure, warning or error in any posture check', async () => {
    const results = await scan('good-cluster');
    expect(checks.length).toBeGreaterThanOrEqual(35);
    const bad = results.filter((r) => r.status !== 'pass' && r.status !== 'not_applicable');
    expect(bad.map((r) => `${r.checkId} ${JSON.stringify(r.resource)} ${r.message}`)).toEqual([]);
    // Linkerd is not installed there; everything else is assessed and passes.
    expect(idsWith(results, 'not_applicable')).toEqual(['k8s.mesh.linkerd-identity', 'k8s.mesh.linkerd-inbound-policy']);
    expect(idsWith(results, 'pass')).toHaveLength(checks.length - 2);
  });

  it('skips allowlisted platform objects instead of passing or failing them', async () => {
    const results = await scan('good-cluster');
    const named = (name: string) => results.filter((r) => r.resource?.name === name);
    expect(named('kube-proxy').filter((r) => r.resource?.kind === 'DaemonSet')).toEqual([]);
    expect(named('falco').filter((r) => r.checkId === 'k8s.workload.privileged')).toEqual([]);
    expect(named('falco').filter((r) => r.checkId === 'k8s.visibility.runtime-detector').map((r) => r.status)).toEqual(['pass']);
  });
});

describe('bad cluster', () => {
  const EXPECTED_FAILS = [
    'k8s.admission.policy-engine',
    'k8s.identity.automount-token',
    'k8s.identity.default-sa-automount',
    'k8s.identity.default-sa-bindings',
    'k8s.identity.default-sa-used',
    'k8s.identity.oidc',
    'k8s.mesh.istio-authz-default-deny',
    'k8s.mesh.istio-mtls-strict',
    'k8s.mesh.linkerd-identity',
    'k8s.mesh.linkerd-inbound-policy',
    'k8s.psa.enforce-label',
    'k8s.psa.restricted',
    'k8s.rbac.anonymous-bindings',
    'k8s.rbac.authenticated-group-bindings',
    'k8s.rbac.cluster-admin-binding',
    'k8s.rbac.create-persistent-volumes',
    'k8s.rbac.create-pods',
    'k8s.rbac.csr-approval',
    'k8s.rbac.escalation-verbs',
    'k8s.rbac.nodes-proxy',
    'k8s.rbac.pod-exec',
    'k8s.rbac.sa-token-create',
    'k8s.rbac.secrets-read',
    'k8s.rbac.system-masters',
    'k8s.rbac.webhook-config',
    'k8s.rbac.wildcard-rules',
    'k8s.secrets.configmap-credentials',
    'k8s.secrets.env-secret-ref',
    'k8s.secrets.external-store',
    'k8s.secrets.literal-env',
    'k8s.visibility.metrics-stack',
    'k8s.visibility.runtime-detector',
    'k8s.workload.added-capabilities',
    'k8s.workload.default-namespace',
    'k8s.workload.drop-all-capabilities',
    'k8s.workload.host-ipc',
    'k8s.workload.host-network',
    'k8s.workload.host-path',
    'k8s.workload.host-pid',
    'k8s.workload.host-port',
    'k8s.workload.image-digest',
    'k8s.workload.image-mutable-tag',
    'k8s.workload.privilege-escalation',
    'k8s.workload.privileged',
    'k8s.workload.proc-mount',
    'k8s.workload.read-only-root-fs',
    'k8s.workload.resource-limits',
    'k8s.workload.run-as-non-root',
    'k8s.workload.seccomp',
    'k8s.workload.windows-host-process',
  ];

  it('fails the expected checks, and only warns where failing open is a trade-off', async () => {
    const results = await scan('bad-cluster');
    expect(idsWith(results, 'fail')).toEqual(EXPECTED_FAILS);
    expect(idsWith(results, 'warn')).toEqual(['k8s.admission.webhook-fail-open', 'k8s.psa.restricted']);
    expect(idsWith(results, 'error')).toEqual([]);
  });

  it('reports a Deployment once under a stable name and points at the manifest line', async () => {
    const results = await scan('bad-cluster');
    const seccomp = results.filter((r) => r.checkId === 'k8s.workload.seccomp' && r.status === 'fail');
    expect(seccomp.map((r) => r.resource)).toEqual([
      { kind: 'DaemonSet', namespace: 'dev', name: 'node-debugger' },
      { kind: 'Deployment', namespace: 'default', name: 'billing' },
      // the ReplicaSet and its pod fold into their Deployment, without the pod-template hash
      { kind: 'Deployment', namespace: 'legacy', name: 'legacy-api' },
    ]);
    const privileged = results.find((r) => r.checkId === 'k8s.workload.privileged' && r.status === 'fail');
    expect(privileged?.location?.file).toMatch(/bad-cluster[\\/]20-workloads\.yaml$/);
    expect(privileged?.location?.line).toBeGreaterThan(1);
  });

  it('never puts a secret value in a result', async () => {
    const text = JSON.stringify(await scan('bad-cluster'));
    expect(text).not.toContain('Sup3rS3cret');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).toContain('DB_PASSWORD=<redacted>');
  });
});
