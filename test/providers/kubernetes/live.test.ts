// The live collector end to end: the real @kubernetes/client-node reads a real kubeconfig (CA file,
// bearer token, a named context) and talks TLS to a local fake API server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { defineCheck } from '../../../src/engine/check.js';
import { kubernetesCollector, loadLiveObjects } from '../../../src/providers/kubernetes/index.js';
import type { Collected } from '../../../src/kinds/types.js';
import type { Check } from '../../../src/engine/check.js';
import { evaluateAll, loadCisChecks, repoRoot, statusById } from './cis-checks.js';
import { startFakeApiServer, type FakeApiServer } from './fake-apiserver.js';

const SECRET_VALUE = 'hunter2-do-not-leak';
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** A fixture static pod as the API shows it: a mirror pod bound to a node. */
function mirrorPod(file: string, node: string): Record<string, unknown> {
  const pod = parse(readFileSync(join(repoRoot, 'fixtures/kubernetes/controlplane', file), 'utf8')) as {
    kind?: string;
    apiVersion?: string;
    metadata: Record<string, unknown> & { name: string };
    spec: Record<string, unknown>;
  };
  pod.metadata.name = `${pod.metadata.name}-${node}`;
  pod.metadata.annotations = { 'kubernetes.io/config.mirror': 'abc123', 'kubernetes.io/config.source': 'file' };
  pod.metadata.ownerReferences = [{ apiVersion: 'v1', kind: 'Node', name: node, uid: 'n1', controller: true }];
  pod.spec.nodeName = node;
  delete pod.kind;
  delete pod.apiVersion;
  return pod as Record<string, unknown>;
}

const appPods = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ metadata: { name: `web-${i}`, namespace: 'shop', ownerReferences: [{ kind: 'ReplicaSet', name: 'web-abc', uid: 'r1' }] }, spec: { containers: [{ name: 'web', image: 'nginx' }] } }));

const STATIC = ['good/kube-apiserver.yaml', 'good/kube-controller-manager.yaml', 'good/kube-scheduler.yaml', 'good/etcd.yaml'].map((f) => mirrorPod(f, 'cp-1'));
const GOOD_KUBELET = parse(readFileSync(join(repoRoot, 'fixtures/kubernetes/kubelet/good-config.yaml'), 'utf8')) as Record<string, unknown>;

let api: FakeApiServer;
let checks: Check[];

const ctx = () => ({ timeoutMs: 10_000, signal: new AbortController().signal, log: () => {} });
const collect = (kubeconfig: string, context = 'test-admin'): Promise<Collected> =>
  kubernetesCollector.collect({ id: 'kubernetes:test', kind: 'kubernetes', name: 'test', options: { kubeconfig, context } }, ctx());

beforeAll(async () => {
  api = await startFakeApiServer();
  checks = await loadCisChecks();
});
afterAll(async () => api?.close());

beforeEach(() => {
  const c = api.cluster;
  c.lists.clear();
  c.forbidden.clear();
  c.groups.clear();
  c.configz.clear();
  api.requests.length = 0;
  // 1203 pods at 500 per page: three pages.
  c.lists.set('/api/v1/pods', [...STATIC, ...appPods(1199)]);
  c.lists.set('/api/v1/namespaces', [{ metadata: { name: 'kube-system' } }, { metadata: { name: 'shop' } }]);
  c.lists.set('/api/v1/nodes', [{ metadata: { name: 'cp-1' } }, { metadata: { name: 'worker-1' } }]);
  c.lists.set('/apis/apps/v1/deployments', [{ metadata: { name: 'web', namespace: 'shop' }, spec: {} }]);
  const [proxyDs, proxyCm] = parseAllDocuments(readFileSync(join(repoRoot, 'fixtures/kubernetes/kube-proxy/good.yaml'), 'utf8')).map((d) => d.toJS() as Record<string, unknown>);
  c.lists.set('/apis/apps/v1/daemonsets', [proxyDs!]);
  c.lists.set('/api/v1/configmaps', [proxyCm!]);
  c.lists.set('/api/v1/secrets', [
    {
      metadata: {
        name: 'db',
        namespace: 'shop',
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ stringData: { password: SECRET_VALUE } }) },
      },
      type: 'Opaque',
      data: { password: b64(SECRET_VALUE), username: b64('admin') },
      stringData: { extra: SECRET_VALUE },
    },
  ]);
  c.forbidden.add('/apis/rbac.authorization.k8s.io/v1/clusterrolebindings');
  c.groups.set('kyverno.io', 'v1');
  c.lists.set('/apis/kyverno.io/v1/clusterpolicies', [{ metadata: { name: 'require-labels' }, spec: { validationFailureAction: 'Enforce' } }]);
  c.configz.set('cp-1', { kubeletconfig: GOOD_KUBELET });
  c.configz.set('worker-1', 503);
});

describe('live Kubernetes collection', () => {
  it('lists every page with limit/continue and authenticates with the kubeconfig token over verified TLS', async () => {
    const out = await collect(api.kubeconfig());
    const pods = out.facts['k8s.pods'];
    expect(pods?.ok && (pods.value as unknown[]).length).toBe(1203);
    const podCalls = api.requests.filter((r) => r.path === '/api/v1/pods');
    expect(podCalls.map((r) => [r.query.get('limit'), r.query.get('continue')])).toEqual([
      ['500', null],
      ['500', '500'],
      ['500', '1000'],
    ]);
    expect(api.requests.every((r) => r.authorization === 'Bearer test-token-5c1e9')).toBe(true);
    // list items get their kind and apiVersion back
    const workloads = out.facts['k8s.workloads'];
    expect(workloads?.ok && workloads.value).toEqual([
      expect.objectContaining({ kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'web', namespace: 'shop' } }),
      expect.objectContaining({ kind: 'DaemonSet', apiVersion: 'apps/v1', metadata: expect.objectContaining({ name: 'kube-proxy' }) }),
    ]);
    const cluster = out.facts['k8s.cluster'];
    expect(cluster?.ok && cluster.value).toEqual({ name: 'test-admin', source: 'live', serverVersion: 'v1.31.2', managedControlPlane: false });
  });

  it('turns a 403 into an error fact naming the type, and checks that read it are error, never pass', async () => {
    const out = await collect(api.kubeconfig());
    expect(out.facts['k8s.clusterrolebindings']).toEqual({ ok: false, reason: 'forbidden: list clusterrolebindings' });
    expect(out.status).toBe('partial');
    const reader = defineCheck({
      id: 'test.no-anonymous-cluster-bindings',
      title: 'no ClusterRoleBinding grants system:anonymous',
      severity: 'high',
      pillar: 'identity',
      stage: 'initial',
      targetKinds: ['kubernetes'],
      facts: ['k8s.clusterrolebindings'],
      references: [],
      remediation: '-',
      messages: { bound: 'bound' },
      evaluate: ({ 'k8s.clusterrolebindings': list }, c) => (list.length === 0 ? c.pass() : c.fail('bound')),
    });
    const [result] = evaluateAll([reader as Check], out.facts);
    expect(result).toMatchObject({ status: 'error', message: 'forbidden: list clusterrolebindings' });
  });

  it('treats a CRD group that is not installed (404) as an empty list and lists installed ones', async () => {
    const out = await collect(api.kubeconfig());
    const admission = out.facts['k8s.admission'];
    expect(admission?.ok && admission.value).toEqual([expect.objectContaining({ kind: 'ClusterPolicy', apiVersion: 'kyverno.io/v1' })]);
    expect(out.facts['k8s.mesh']).toEqual({ ok: true, value: [] });
    expect(api.requests.some((r) => r.path === '/apis/security.istio.io')).toBe(true);
  });

  it('never lets a Secret value into the facts; key names stay', async () => {
    const out = await collect(api.kubeconfig());
    const text = JSON.stringify(out.facts);
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain(b64(SECRET_VALUE));
    expect(text).not.toContain(b64('admin'));
    const secrets = out.facts['k8s.secrets'];
    expect(secrets?.ok && secrets.value).toEqual([expect.objectContaining({ data: { extra: '', password: '', username: '' } })]);
  });

  it('parses control-plane flags from the mirror pods and runs the CIS checks on them', async () => {
    const out = await collect(api.kubeconfig());
    const apiserver = out.facts['k8s.apiserver'];
    expect(apiserver?.ok && apiserver.value).toMatchObject({
      component: 'apiserver',
      flags: { 'authorization-mode': 'Node,RBAC', 'anonymous-auth': 'false', 'profiling': 'false' },
      instances: [{ pod: { namespace: 'kube-system', name: 'kube-apiserver-cp-1' }, node: 'cp-1', container: 'kube-apiserver' }],
    });
    const etcd = out.facts['k8s.etcd'];
    expect(etcd?.ok && (etcd.value as { flags: Record<string, string> }).flags['peer-client-cert-auth']).toBe('true'); // from ETCD_PEER_CLIENT_CERT_AUTH
    const results = evaluateAll(checks, out.facts);
    const controlPlane = results.filter((r) => !r.checkId.startsWith('k8s.kubelet.') && !r.checkId.endsWith('.flags-consistent'));
    expect(controlPlane.length).toBeGreaterThanOrEqual(45);
    expect(controlPlane.filter((r) => r.status !== 'pass').map((r) => `${r.checkId}: ${r.message}`)).toEqual([]);
  });

  it('compares the instances of an HA control plane', async () => {
    const second = mirrorPod('good/kube-apiserver.yaml', 'cp-2') as { spec: { containers: { command: string[] }[] } };
    second.spec.containers[0]!.command = second.spec.containers[0]!.command.map((a) => (a === '--profiling=false' ? '--profiling=true' : a));
    api.cluster.lists.set('/api/v1/pods', [...STATIC, second as Record<string, unknown>]);
    const out = await collect(api.kubeconfig());
    const byId = statusById(evaluateAll(checks, out.facts));
    expect(byId['k8s.apiserver.profiling kube-apiserver-cp-1']).toBe('pass'); // the first instance (cp-1), named as the finding's resource
    expect(byId['k8s.apiserver.flags-consistent']).toBe('fail');
    const [drift] = evaluateAll(checks.filter((c) => c.meta.id === 'k8s.apiserver.flags-consistent'), out.facts);
    expect(drift?.message).toBe('kube-apiserver instances differ: profiling: cp-1=false, cp-2=true');
  });

  it('reads each kubelet through /configz: one result per node, a failed node is error', async () => {
    const out = await collect(api.kubeconfig());
    const kubelets = out.facts['k8s.kubelets'];
    expect(kubelets?.ok && kubelets.value).toMatchObject({
      nodes: [
        { node: 'cp-1', source: 'configz', config: { readOnlyPort: 0 } },
        { node: 'worker-1', source: 'configz', reason: expect.stringContaining('HTTP 503') },
      ],
    });
    const byId = statusById(evaluateAll(checks, out.facts));
    expect(byId['k8s.kubelet.anonymous-auth cp-1']).toBe('pass');
    expect(byId['k8s.kubelet.anonymous-auth worker-1']).toBe('error');
  });

  it('lists only the types the selected checks read: the built-in catalogue never lists Secrets (deploy/kubernetes grants no right to them)', async () => {
    const { wantedFacts } = await import('../../../src/providers/registry.js');
    const { loadCatalogue } = await import('../../../src/engine/registry.js');
    const wanted = wantedFacts(await loadCatalogue([])).get('kubernetes');
    expect(wanted?.has('k8s.secrets')).toBe(false);
    api.cluster.forbidden.clear();
    api.cluster.forbidden.add('/api/v1/secrets');
    const out = await kubernetesCollector.collect({ id: 'kubernetes:test', kind: 'kubernetes', name: 'test', options: { kubeconfig: api.kubeconfig(), context: 'test-admin' } }, { ...ctx(), wanted: wanted! });
    expect(api.requests.some((r) => r.path === '/api/v1/secrets')).toBe(false);
    expect(out.facts['k8s.secrets']).toBeUndefined();
    expect(out.facts['k8s.pods']).toMatchObject({ ok: true });
    expect(out.status).toBe('ok');
    // only checking pods: nothing else is listed, not even nodes for the kubelets
    const podsOnly = await kubernetesCollector.collect({ id: 'kubernetes:test', kind: 'kubernetes', name: 'test', options: { kubeconfig: api.kubeconfig(), context: 'test-admin' } }, { ...ctx(), wanted: new Set(['k8s.cluster', 'k8s.pods']) });
    expect(Object.keys(podsOnly.facts).sort()).toEqual(['k8s.cluster', 'k8s.pods']);
    expect(podsOnly.status).toBe('ok');
  });

  it('makes the kubelet fact an error when nodes/proxy is forbidden', async () => {
    api.cluster.configz.set('cp-1', 403);
    const out = await collect(api.kubeconfig());
    expect(out.facts['k8s.kubelets']).toEqual({ ok: false, reason: 'forbidden: get nodes/proxy (kubelet /configz)' });
    const kubeletResults = evaluateAll(checks, out.facts).filter((r) => r.checkId.startsWith('k8s.kubelet.'));
    expect(new Set(kubeletResults.map((r) => r.status))).toEqual(new Set(['error']));
  });

  it('says not_applicable with the reason for a managed control plane (no static pods)', async () => {
    api.cluster.lists.set('/api/v1/pods', appPods(3));
    const out = await collect(api.kubeconfig());
    expect(out.facts['k8s.controlplane']).toEqual({ ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' });
    const cluster = out.facts['k8s.cluster'];
    expect(cluster?.ok && (cluster.value as { managedControlPlane: boolean }).managedControlPlane).toBe(true);
    const results = evaluateAll(checks, out.facts).filter((r) => !/^k8s\.(kubelet|kube-proxy)\./.test(r.checkId));
    expect(results.length).toBeGreaterThanOrEqual(45);
    for (const r of results) expect([r.checkId, r.status, r.message]).toEqual([r.checkId, 'not_applicable', 'managed control plane: no static control-plane pods visible']);
  });

  it('makes the control-plane facts an error when pods cannot be listed', async () => {
    api.cluster.forbidden.add('/api/v1/pods');
    const out = await collect(api.kubeconfig());
    expect(out.facts['k8s.pods']).toEqual({ ok: false, reason: 'forbidden: list pods' });
    expect(out.facts['k8s.apiserver']).toEqual({ ok: false, reason: 'control-plane flags: forbidden: list pods' });
  });

  it('reports a target whose credentials are rejected as unreachable', async () => {
    const out = await collect(api.kubeconfig(), 'other');
    expect(out.status).toBe('unreachable');
    expect(out.error).toMatch(/^unauthorized: list /);
  });

  it('rejects an unknown context and a missing kubeconfig as usage errors', async () => {
    await expect(collect(api.kubeconfig(), 'nope')).rejects.toMatchObject({ name: 'UsageError', message: 'kubeconfig has no context "nope"' });
    await expect(collect(join(api.dir, 'missing.yaml'))).rejects.toMatchObject({ name: 'UsageError' });
  });

  it('verifies the server certificate against the kubeconfig CA', async () => {
    const file = api.kubeconfig();
    writeFileSync(file, readFileSync(file, 'utf8').replace(`certificate-authority: ${api.caFile}`, `certificate-authority: ${join(api.dir, 'server.crt')}`));
    const out = await collect(file);
    expect(out.status).toBe('unreachable');
    expect(out.error).toMatch(/certificate/i);
  });

  it('says so when there is no kubeconfig at all', async () => {
    const saved = { HOME: process.env.HOME, KUBECONFIG: process.env.KUBECONFIG };
    process.env.HOME = api.dir;
    delete process.env.KUBECONFIG;
    try {
      await expect(kubernetesCollector.collect({ id: 'k', kind: 'kubernetes', name: 'k', options: {} }, ctx())).rejects.toMatchObject({
        name: 'UsageError',
        message: 'no kubeconfig found: pass --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config',
      });
    } finally {
      process.env.HOME = saved.HOME;
      if (saved.KUBECONFIG !== undefined) process.env.KUBECONFIG = saved.KUBECONFIG;
    }
  });

  it('loadLiveObjects hands back every object with the errors', async () => {
    const { objects, cluster, errors } = await loadLiveObjects({ kubeconfig: api.kubeconfig(), context: 'test-admin' });
    expect(objects.filter((o) => o.kind === 'Pod')).toHaveLength(1203);
    expect(cluster).toMatchObject({ name: 'test-admin', source: 'live', serverVersion: 'v1.31.2' });
    expect(errors).toEqual(['forbidden: list clusterrolebindings']);
  });
});
