// Offline: the same facts and CIS results from manifest files (static pod manifests copied from
// /etc/kubernetes/manifests, kubelet config files, kubectl dumps) as from a live cluster.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kubernetesCollector } from '../../../src/providers/kubernetes/index.js';
import { KUBELET_NOT_IN_MANIFESTS, NOT_IN_MANIFESTS } from '../../../src/providers/kubernetes/facts.js';
import type { Check } from '../../../src/engine/check.js';
import { evaluateAll, loadCisChecks, repoRoot, statusById } from './cis-checks.js';

const fx = (p: string): string => join(repoRoot, 'fixtures/kubernetes', p);
const ctx = { timeoutMs: 10_000, signal: new AbortController().signal, log: () => {} };
const collect = (manifests: string[]) => kubernetesCollector.collect({ id: 'kubernetes:offline', kind: 'kubernetes', name: 'offline', options: { manifests } }, ctx);

let checks: Check[];
beforeAll(async () => {
  checks = await loadCisChecks();
});

describe('offline control-plane and kubelet facts', () => {
  it('a hardened control plane and kubelet config pass every CIS check', async () => {
    const out = await collect([fx('controlplane/good'), fx('kubelet/good-config.yaml'), fx('kube-proxy/good.yaml')]);
    expect(out.status).toBe('ok');
    const results = evaluateAll(checks, out.facts);
    expect(results.length).toBe(checks.length);
    // one instance per component: the drift checks have nothing to compare
    const single = results.filter((r) => r.checkId.endsWith('.flags-consistent'));
    expect(single.map((r) => r.status)).toEqual(['not_applicable', 'not_applicable', 'not_applicable', 'not_applicable']);
    expect(results.filter((r) => r.status !== 'pass' && !single.includes(r)).map((r) => `${r.checkId}: ${r.message}`)).toEqual([]);
    // the source line of the static pod travels with the facts
    const apiserver = out.facts['k8s.apiserver'];
    expect(apiserver?.ok && apiserver.value).toMatchObject({ instances: [{ location: { file: expect.stringContaining('kube-apiserver.yaml'), line: 2 } }] });
  });

  it('an insecure control plane fails the checks it should, judged by component defaults', async () => {
    const out = await collect([fx('controlplane/bad'), fx('kubelet/bad-config.yaml'), fx('kube-proxy/bad.yaml')]);
    const byId = statusById(evaluateAll(checks, out.facts));
    const failing = Object.entries(byId).filter(([, s]) => s === 'fail').map(([id]) => id.split(' ')[0]);
    const passing = Object.entries(byId).filter(([, s]) => s === 'pass').map(([id]) => id.split(' ')[0]);
    expect(Object.entries(byId).every(([id, s]) => s === 'pass' || s === 'fail' || id.endsWith('.flags-consistent'))).toBe(true);
    for (const id of [
      'k8s.apiserver.anonymous-auth', // absent: default true
      'k8s.apiserver.authorization-mode-not-always-allow',
      'k8s.apiserver.admission-no-always-admit',
      'k8s.apiserver.admission-service-account',
      'k8s.apiserver.admission-namespace-lifecycle',
      'k8s.apiserver.token-auth-file',
      'k8s.apiserver.service-account-lookup',
      'k8s.apiserver.audit-log-maxage', // "--audit-log-maxage 7" (separate word)
      'k8s.apiserver.profiling', // absent: default true
      'k8s.apiserver.tls-cipher-suites',
      'k8s.controller-manager.rotate-kubelet-server-certificate',
      'k8s.controller-manager.use-service-account-credentials',
      'k8s.controller-manager.bind-address',
      'k8s.scheduler.profiling', // sh -c wrapper
      'k8s.scheduler.bind-address',
      'k8s.etcd.client-cert-auth',
      'k8s.etcd.auto-tls', // bare --auto-tls
      'k8s.etcd.peer-auto-tls', // ETCD_PEER_AUTO_TLS
      'k8s.etcd.unique-ca',
      'k8s.kubelet.anonymous-auth',
      'k8s.kubelet.authorization-mode',
      'k8s.kubelet.read-only-port',
      'k8s.kubelet.streaming-connection-idle-timeout',
      'k8s.kubelet.make-iptables-util-chains',
      'k8s.kubelet.rotate-server-certificates',
      'k8s.kube-proxy.metrics-bind-address',
    ]) {
      expect(failing, id).toContain(id);
    }
    // the one CIS flag the insecure apiserver does set
    expect(passing).toContain('k8s.apiserver.client-ca-file');
    expect(passing).not.toContain('k8s.apiserver.authorization-mode-node');
  });

  it('without static pods or kubelet configs the CIS checks are not_applicable, with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-offline-'));
    writeFileSync(join(dir, 'app.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec: {}\n');
    const out = await collect([dir]);
    expect(out.facts['k8s.controlplane']).toEqual({ ok: false, notApplicable: true, reason: NOT_IN_MANIFESTS });
    expect(out.facts['k8s.kubelets']).toEqual({ ok: false, notApplicable: true, reason: KUBELET_NOT_IN_MANIFESTS });
    const results = evaluateAll(checks, out.facts);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['not_applicable']));
    const workloads = out.facts['k8s.workloads'];
    expect(workloads?.ok && workloads.value).toEqual([expect.objectContaining({ kind: 'Deployment', $source: { file: join(dir, 'app.yaml'), line: 1 } })]);
  });

  it('reads kubeadm\'s kubelet-config ConfigMap from a dump', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-offline-'));
    writeFileSync(
      join(dir, 'dump.yaml'),
      [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '- apiVersion: v1',
        '  kind: ConfigMap',
        '  metadata: {name: kubelet-config, namespace: kube-system}',
        '  data:',
        '    kubelet: |',
        '      apiVersion: kubelet.config.k8s.io/v1beta1',
        '      kind: KubeletConfiguration',
        '      authentication: {anonymous: {enabled: false}, x509: {clientCAFile: /etc/kubernetes/pki/ca.crt}}',
        '      authorization: {mode: Webhook}',
        '',
      ].join('\n'),
    );
    const out = await collect([dir]);
    const byId = statusById(evaluateAll(checks, out.facts));
    expect(byId['k8s.kubelet.anonymous-auth configmap kube-system/kubelet-config']).toBe('pass');
    expect(byId['k8s.kubelet.rotate-certificates configmap kube-system/kubelet-config']).toBe('fail');
  });

  it('logs each manifest diagnostic once, naming the file once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-diag-'));
    writeFileSync(join(dir, 'a.yaml'), 'just: text\n');
    const logs: string[] = [];
    const out = await kubernetesCollector.collect({ id: 'kubernetes:offline', kind: 'kubernetes', name: 'offline', options: { manifests: [dir] } }, { ...ctx, log: (m) => logs.push(m) });
    expect(out.status).toBe('ok');
    expect(logs).toEqual([`warning: ${join(dir, 'a.yaml')}:1: not a Kubernetes object (no kind); skipped`]);
  });

  it('a manifest path that does not exist is a usage error', async () => {
    await expect(collect([fx('no-such-dir')])).rejects.toMatchObject({ name: 'UsageError' });
  });
});
