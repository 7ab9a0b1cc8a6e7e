import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/kit/k8s/facts.js';
import { podTemplates, serviceAccountOf, stableIdentity } from '../../../src/kit/k8s/pod-specs.js';
import { cronJob, deployment, goodContainer, goodSpec, pod } from './builders.js';

const owned = (o: K8sObject, kind: string, name: string, hash?: string): K8sObject => ({
  ...o,
  metadata: { ...o.metadata, ...(hash ? { labels: { 'pod-template-hash': hash } } : {}), ownerReferences: [{ kind, name, controller: true }] },
});
const rs = (name: string, hash: string, deploymentName?: string): K8sObject => {
  const base: K8sObject = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'shop', labels: { 'pod-template-hash': hash } }, spec: { template: { spec: goodSpec() } } };
  return deploymentName ? { ...base, metadata: { ...base.metadata, ownerReferences: [{ kind: 'Deployment', name: deploymentName, controller: true }] } } : base;
};

describe('podTemplates', () => {
  it('reads pods, workload templates and CronJob job templates with every container role', () => {
    const spec = goodSpec({ initContainers: [goodContainer('init')], ephemeralContainers: [goodContainer('debug')] });
    const [t] = podTemplates([], [cronJob('backup', 'ops', spec)]);
    expect(t?.ref).toEqual({ kind: 'CronJob', namespace: 'ops', name: 'backup' });
    expect(t?.containers.map((c) => `${c.role}:${c.name}`)).toEqual(['initContainer:init', 'container:app', 'ephemeralContainer:debug']);
  });

  it('reports a live Deployment once: ReplicaSets and pods fold into it', () => {
    const d = deployment('web', 'shop', goodSpec());
    const objs = [d, rs('web-6b7f9', '6b7f9', 'web')];
    const pods = [owned(pod('web-6b7f9-aaaaa', 'shop', goodSpec()), 'ReplicaSet', 'web-6b7f9', '6b7f9'), owned(pod('web-6b7f9-bbbbb', 'shop', goodSpec()), 'ReplicaSet', 'web-6b7f9', '6b7f9')];
    expect(podTemplates(pods, objs).map((t) => t.ref)).toEqual([{ kind: 'Deployment', namespace: 'shop', name: 'web' }]);
  });

  it('names orphaned replica pods by their Deployment, without the hash, once', () => {
    const pods = [owned(pod('web-6b7f9-aaaaa', 'shop', goodSpec()), 'ReplicaSet', 'web-6b7f9', '6b7f9'), owned(pod('web-6b7f9-bbbbb', 'shop', goodSpec()), 'ReplicaSet', 'web-6b7f9', '6b7f9')];
    expect(podTemplates(pods, []).map((t) => t.ref)).toEqual([{ kind: 'Deployment', namespace: 'shop', name: 'web' }]);
    // a StatefulSet's pods are named by the StatefulSet
    const sts = [owned(pod('db-0', 'shop', goodSpec()), 'StatefulSet', 'db'), owned(pod('db-1', 'shop', goodSpec()), 'StatefulSet', 'db')];
    expect(podTemplates(sts, []).map((t) => t.ref)).toEqual([{ kind: 'StatefulSet', namespace: 'shop', name: 'db' }]);
  });

  it('names pods of CronJob-created Jobs by the CronJob', () => {
    const jobPods = [owned(pod('backup-28912345-abcde', 'ops', goodSpec()), 'Job', 'backup-28912345'), owned(pod('backup-28912405-fghij', 'ops', goodSpec()), 'Job', 'backup-28912405')];
    expect(podTemplates(jobPods, []).map((t) => t.ref)).toEqual([{ kind: 'CronJob', namespace: 'ops', name: 'backup' }]);
    // with the CronJob in the facts, it reports alone
    expect(podTemplates(jobPods, [cronJob('backup', 'ops', goodSpec())]).map((t) => t.ref)).toEqual([{ kind: 'CronJob', namespace: 'ops', name: 'backup' }]);
    // a hand-made Job keeps its own name
    expect(stableIdentity(owned(pod('migrate-x', 'ops', goodSpec()), 'Job', 'migrate-v2'))).toEqual({ kind: 'Job', namespace: 'ops', name: 'migrate-v2' });
  });

  it('strips the pre-1.11 pod-template-hash (decimal label, SafeEncodeString in the ReplicaSet name)', () => {
    // recorded in fixtures/netpol-oracle/cases/core_pods_without_host_ip: heapster-7df8cb8c66 labelled "3894764722"
    const old = owned(pod('heapster-7df8cb8c66-zxkk2', 'kube-system', goodSpec()), 'ReplicaSet', 'heapster-7df8cb8c66', '3894764722');
    expect(stableIdentity(old)).toEqual({ kind: 'Deployment', namespace: 'kube-system', name: 'heapster' });
    // a label that encodes to something else leaves the ReplicaSet alone
    const other = owned(pod('web-x', 'shop', goodSpec()), 'ReplicaSet', 'web-7df8cb8c66', '1111111111');
    expect(stableIdentity(other)).toEqual({ kind: 'ReplicaSet', namespace: 'shop', name: 'web-7df8cb8c66' });
  });

  it('keeps static pods (owned by a Node) and bare pods as pods', () => {
    const staticPod = owned(pod('etcd-cp-1', 'kube-system', goodSpec()), 'Node', 'cp-1');
    expect(stableIdentity(staticPod)).toEqual({ kind: 'Pod', namespace: 'kube-system', name: 'etcd-cp-1' });
    expect(podTemplates([pod('debug', 'shop', goodSpec())], []).map((t) => t.ref.kind)).toEqual(['Pod']);
  });

  it('tolerates malformed specs', () => {
    const broken: K8sObject = { kind: 'Deployment', metadata: { name: 'x', namespace: 'a' }, spec: { template: { spec: { containers: 'nope' } } } };
    expect(podTemplates([], [broken])[0]?.containers).toEqual([]);
  });

  it('defaults the service account to "default"', () => {
    expect(serviceAccountOf({})).toBe('default');
    expect(serviceAccountOf({ serviceAccount: 'legacy' })).toBe('legacy');
    expect(serviceAccountOf({ serviceAccountName: 'app', serviceAccount: 'legacy' })).toBe('app');
  });
});
