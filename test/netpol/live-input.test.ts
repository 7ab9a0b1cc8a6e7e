// netpol connlist / blast-radius on a live cluster whose LISTs partly fail: a failed LIST that the
// answer depends on (NetworkPolicies, namespaces, pods, workloads) must not print a wrong answer.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { neededListFailure, runBlastRadius, runConnlist } from '../../src/cli/netpol-impl.js';
import { startFakeApiServer, type FakeApiServer } from '../providers/kubernetes/fake-apiserver.js';

let api: FakeApiServer;
beforeAll(async () => {
  api = await startFakeApiServer();
  api.cluster.lists.set('/api/v1/namespaces', [{ metadata: { name: 'shop', labels: { 'kubernetes.io/metadata.name': 'shop' } } }]);
  api.cluster.lists.set('/api/v1/pods', [
    { metadata: { name: 'a', namespace: 'shop', labels: { app: 'a' } }, spec: {} },
    { metadata: { name: 'b', namespace: 'shop', labels: { app: 'b' } }, spec: {} },
  ]);
});
afterAll(async () => api?.close());
afterEach(() => {
  api.cluster.forbidden.clear();
  vi.restoreAllMocks();
});

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => (out.push(String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => (err.push(String(c)), true));
  return { out, err };
}

describe('netpol on a live cluster with failed LISTs', () => {
  it('refuses (exit 3) when NetworkPolicies cannot be listed, instead of printing every pair as allowed', async () => {
    api.cluster.forbidden.add('/apis/networking.k8s.io/v1/networkpolicies');
    const io = capture();
    const code = await runConnlist([], { kubeconfig: api.kubeconfig(), context: 'test-admin', format: 'txt', quiet: true });
    expect(code).toBe(3);
    expect(io.out.join('')).toBe('');
    expect(io.err.join('')).toBe('ztaudit: cannot analyse the cluster: forbidden: list networkpolicies\n');
    const io2 = capture();
    expect(await runBlastRadius([], { kubeconfig: api.kubeconfig(), context: 'test-admin', format: 'json', quiet: true })).toBe(3);
    expect(io2.out.join('')).toBe('');
  });

  it('still answers when only unrelated LISTs fail (warnings), exit 0', async () => {
    api.cluster.forbidden.add('/api/v1/secrets');
    const io = capture();
    const code = await runConnlist([], { kubeconfig: api.kubeconfig(), context: 'test-admin', format: 'txt' });
    expect(code).toBe(0);
    expect(io.out.join('')).toContain('shop/a[Pod] => shop/b[Pod] : All Connections\n');
    expect(io.err.join('')).toContain('ztaudit: warning: forbidden: list secrets\n');
  });

  it('classifies the LIST errors the analysis depends on', () => {
    expect(neededListFailure(['forbidden: list secrets', 'list pods: GET /api/v1/pods: connect ECONNREFUSED 127.0.0.1:1'])).toBe('list pods: GET /api/v1/pods: connect ECONNREFUSED 127.0.0.1:1');
    expect(neededListFailure(['forbidden: list secrets', 'forbidden: list clusterrolebindings', 'forbidden: list podsecuritypolicies'])).toBeUndefined();
  });
});
