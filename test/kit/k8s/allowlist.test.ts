import { describe, expect, it } from 'vitest';
import { ALLOWLIST, allowlisted } from '../../../src/kit/k8s/allowlist.js';
import { postureChecks } from './helpers.js';

describe('system-object allowlist', () => {
  it('says why for every entry', () => {
    for (const e of ALLOWLIST) expect(e.why.trim().length, JSON.stringify(e)).toBeGreaterThanOrEqual(12);
  });

  it('names only check ids that exist (a typo would silently allowlist nothing)', async () => {
    const ids = (await postureChecks()).map((c) => c.meta.id);
    for (const e of ALLOWLIST) {
      for (const pattern of e.checks) {
        const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.]/g, '\\.')).join('.*')}$`);
        expect(ids.some((id) => re.test(id)), `${e.kind} ${e.name}: ${pattern}`).toBe(true);
      }
    }
  });

  it('matches kind, namespace and name together', () => {
    expect(allowlisted('k8s.workload.privileged', { kind: 'DaemonSet', namespace: 'kube-system', name: 'kube-proxy' })).toBeDefined();
    // the same name elsewhere is still reported
    expect(allowlisted('k8s.workload.privileged', { kind: 'DaemonSet', namespace: 'shop', name: 'kube-proxy' })).toBeUndefined();
    // a cluster-scoped entry does not match a namespaced object of that name
    expect(allowlisted('k8s.rbac.wildcard-rules', { kind: 'Role', namespace: 'shop', name: 'cluster-admin' })).toBeUndefined();
    expect(allowlisted('k8s.rbac.wildcard-rules', { kind: 'ClusterRole', name: 'cluster-admin' })).toBeDefined();
    // only for the checks the entry lists
    expect(allowlisted('k8s.psa.enforce-label', { kind: 'DaemonSet', namespace: 'kube-system', name: 'kube-proxy' })).toBeUndefined();
    expect(allowlisted('k8s.rbac.secrets-read', { kind: 'ClusterRole', name: 'kyverno:admission-controller' })).toBeUndefined();
    expect(allowlisted('k8s.rbac.webhook-config', { kind: 'ClusterRole', name: 'kyverno:admission-controller' })).toBeDefined();
    // minikube's storage-provisioner (recorded in fixtures/netpol-oracle/cases/minikube_resources)
    expect(allowlisted('k8s.workload.host-network', { kind: 'Pod', namespace: 'kube-system', name: 'storage-provisioner' })).toBeDefined();
    expect(allowlisted('k8s.workload.host-network', { kind: 'Pod', namespace: 'shop', name: 'storage-provisioner' })).toBeUndefined();
  });
});
