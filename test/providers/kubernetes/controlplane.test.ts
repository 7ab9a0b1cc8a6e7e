import { describe, expect, it } from 'vitest';
import { containerArgv, controlPlaneFromPods, controlPlaneOutcomes, etcdEnvFlags, isStaticPod, parseFlags } from '../../../src/providers/kubernetes/controlplane.js';
import type { K8sObject } from '../../../src/kit/k8s/facts.js';

const pod = (name: string, command: string[], extra: Partial<K8sObject['metadata']> = {}, node?: string): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'kube-system', annotations: { 'kubernetes.io/config.mirror': 'x' }, ...extra },
  spec: { ...(node ? { nodeName: node } : {}), containers: [{ name: command[0]!.split('/').pop(), command }] },
});

describe('parseFlags', () => {
  it('reads --a=b, --a b, bare --a and keeps the last of a repeated flag', () => {
    expect(parseFlags(['--profiling=false', '--audit-log-maxage', '30', '--auto-tls', '--x=1', '--x=2', '--enable-admission-plugins=A,B', '--empty='])).toEqual({
      profiling: 'false',
      'audit-log-maxage': '30',
      'auto-tls': 'true',
      x: '2',
      'enable-admission-plugins': 'A,B',
      empty: '',
    });
  });
  it('does not take the next flag as a value, keeps = inside values and ignores positional words', () => {
    expect(parseFlags(['--auto-tls', '--name=cp', 'stray', '--feature-gates=A=true,B=false'])).toEqual({ 'auto-tls': 'true', name: 'cp', 'feature-gates': 'A=true,B=false' });
  });
});

describe('containerArgv', () => {
  it('joins command and args and unwraps sh -c', () => {
    expect(containerArgv({ command: ['kube-apiserver'], args: ['--a=1'] })).toEqual(['kube-apiserver', '--a=1']);
    expect(containerArgv({ command: ['/bin/sh', '-c', 'kube-scheduler --profiling=true  --v=2'] })).toEqual(['kube-scheduler', '--profiling=true', '--v=2']);
  });
});

describe('etcdEnvFlags', () => {
  it('maps ETCD_* variables with literal values to flag names', () => {
    expect(etcdEnvFlags([{ name: 'ETCD_CLIENT_CERT_AUTH', value: 'true' }, { name: 'ETCD_KEY_FILE', valueFrom: {} }, { name: 'OTHER', value: 'x' }])).toEqual({ 'client-cert-auth': 'true' });
  });
});

describe('isStaticPod', () => {
  it('accepts mirror pods, Node-owned pods and owner-less pods from files; rejects controller-owned ones', () => {
    expect(isStaticPod(pod('a', ['etcd']))).toBe(true);
    expect(isStaticPod({ kind: 'Pod', metadata: { ownerReferences: [{ kind: 'Node', name: 'cp' }] } })).toBe(true);
    expect(isStaticPod({ kind: 'Pod', metadata: {}, $source: { file: 'f.yaml', line: 1 } })).toBe(true);
    expect(isStaticPod({ kind: 'Pod', metadata: {} })).toBe(false); // live, not a mirror pod
    expect(isStaticPod({ kind: 'Pod', metadata: { ownerReferences: [{ kind: 'ReplicaSet', name: 'rs' }] }, $source: { file: 'f', line: 1 } })).toBe(false);
  });
});

describe('controlPlaneFromPods', () => {
  it('groups instances by component, sorted by node, with the first instance as `flags`', () => {
    const facts = controlPlaneFromPods(
      [
        pod('kube-apiserver-cp-2', ['kube-apiserver', '--profiling=true'], {}, 'cp-2'),
        pod('kube-apiserver-cp-1', ['/usr/local/bin/kube-apiserver', '--profiling=false'], {}, 'cp-1'),
        pod('kube-scheduler-cp-1', ['kube-scheduler'], {}, 'cp-1'),
        pod('coredns', ['/coredns', '-conf', '/etc/coredns/Corefile']),
        { ...pod('kube-apiserver-x', ['kube-apiserver']), metadata: { name: 'kube-apiserver-x', namespace: 'default', annotations: { 'kubernetes.io/config.mirror': 'x' } } },
      ],
      'live',
    );
    expect(facts.apiserver?.flags).toEqual({ profiling: 'false' });
    expect(facts.apiserver?.instances.map((i) => i.node)).toEqual(['cp-1', 'cp-2']);
    expect(facts.scheduler?.instances).toHaveLength(1);
    expect(facts.etcd).toBeUndefined();
  });

  it('recognises a component by its kubeadm label when the binary name differs', () => {
    const p = pod('kube-apiserver-cp-1', ['/hyperkube', 'apiserver', '--anonymous-auth=false'], { labels: { component: 'kube-apiserver' } });
    expect(controlPlaneFromPods([p], 'live').apiserver?.flags).toEqual({ 'anonymous-auth': 'false' });
  });
});

describe('controlPlaneOutcomes', () => {
  it('makes only the missing component not_applicable when others are visible (external etcd)', () => {
    const out = controlPlaneOutcomes([pod('kube-apiserver-cp-1', ['kube-apiserver'])], 'live', 'managed');
    expect(out['k8s.apiserver']?.ok).toBe(true);
    expect(out['k8s.etcd']).toEqual({ ok: false, notApplicable: true, reason: 'etcd: no static pod visible in kube-system (runs outside the cluster?)' });
    expect(out['k8s.controlplane']?.ok).toBe(true);
  });
  it('gives every control-plane fact the given reason when nothing is visible', () => {
    const out = controlPlaneOutcomes([], 'live', 'managed control plane: no static control-plane pods visible');
    expect(Object.keys(out).sort()).toEqual(['k8s.apiserver', 'k8s.controller-manager', 'k8s.controlplane', 'k8s.etcd', 'k8s.scheduler']);
    for (const v of Object.values(out)) expect(v).toEqual({ ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' });
  });
});
