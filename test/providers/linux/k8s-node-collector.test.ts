// The real collection script with --root on a kubeadm-like control-plane tree (good modes, then
// weak modes), then the k8s.node.* checks (CIS Kubernetes 1.1.x, 4.1.x) on the fact it produced;
// and the non-Kubernetes fixture trees, where every one of those checks is not applicable.
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linuxCollector } from '../../../src/providers/linux/index.js';
import { NOT_A_NODE } from '../../../src/kit/k8s-node/check-kit.js';
import { parseLinuxOutput } from '../../../src/providers/linux/index.js';
import { LINUX_SCRIPT } from '../../../src/providers/linux/index.js';
import type { K8sNodeFacts } from '../../../src/kit/linux/facts.js';
import type { Collected } from '../../../src/kinds/types.js';
import type { Check } from '../../../src/engine/check.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import type { Outcome, Result } from '../../../src/engine/types.js';
import { prepareRoot, repoRoot } from './fixture-root.js';

const run = promisify(execFile);
const ctx = { timeoutMs: 30_000, signal: new AbortController().signal, log: () => {} };
const isRoot = process.getuid?.() === 0;
const ETCD_UID = 998; // the etcd user of the fixture's etc/passwd (this machine may name 998 otherwise)

let checks: Check[];
const roots: Record<string, { root: string; cleanup: () => void }> = {};
const collected: Record<string, Collected> = {};

async function loadNodeChecks(): Promise<Check[]> {
  const dir = join(repoRoot, 'checks/kubernetes');
  const files = readdirSync(dir).filter((f) => /^k8s\.node\..+\.ts$/.test(f)).sort();
  return Promise.all(files.map(async (f) => (await import(pathToFileURL(join(dir, f)).href)).default as Check));
}

function evaluateAll(facts: Record<string, Outcome<unknown>>): Map<string, Result[]> {
  const target = { target: { id: 'linux:fixture', kind: 'linux' as const, name: 'fixture' }, status: 'ok' as const, durationMs: 0, facts };
  return new Map(checks.map((c) => [c.meta.id, evaluateCheck(c, target)]));
}
/** "checkId" -> the worst status of its results; "checkId path" -> each result's status. */
function statuses(results: Map<string, Result[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, rs] of results) {
    const s = new Set(rs.map((r) => r.status));
    out[id] = s.has('fail') ? 'fail' : s.has('error') ? 'error' : s.has('pass') ? 'pass' : [...s][0] ?? 'none';
    for (const r of rs) if (r.resource) out[`${id} ${r.resource.name}`] = r.status;
  }
  return out;
}
const nodeFact = (c: Collected): K8sNodeFacts => {
  const f = c.facts['linux.kubernetes-node'];
  if (!f?.ok) throw new Error(`linux.kubernetes-node not collected: ${f ? f.reason : 'absent'}`);
  return f.value as K8sNodeFacts;
};

beforeAll(async () => {
  checks = await loadNodeChecks();
  const trees = [['good', 'k8s-node-root', 'k8s-node-root'], ['weak', 'k8s-node-root', 'k8s-node-root-weak'], ['hardened', 'hardened-root', 'hardened-root'], ['weak-linux', 'weak-root', 'weak-root']] as const;
  for (const [key, tree, modes] of trees) {
    roots[key] = prepareRoot(tree, modes);
    // etcd's own user owns its data in the good tree; only root can give files away
    if (key === 'good' && isRoot) chownSync(join(roots[key].root, 'var/lib/etcd'), ETCD_UID, ETCD_UID);
    collected[key] = await linuxCollector.collect({ id: key, kind: 'linux', name: key, options: { root: roots[key].root } }, ctx);
  }
});
afterAll(() => Object.values(roots).forEach((r) => r.cleanup()));

describe('--root on a kubeadm control-plane tree with CIS modes', () => {
  it('sees a control-plane node, its files, the PKI and the etcd data directory from the manifest', () => {
    const node = nodeFact(collected.good!);
    expect(node.role).toBe('control-plane');
    expect(node.denied).toEqual([]);
    expect(node.pkiTruncated).toBe(false);
    expect(node.etcdDataDir).toEqual({ path: '/var/lib/etcd', source: 'etcd manifest' });
    const byPath = new Map(node.files.map((f) => [f.path, f]));
    expect(byPath.get('/etc/kubernetes/manifests/kube-apiserver.yaml')).toMatchObject({ mode: 0o600, uid: 0, owner: 'root', group: 'root', type: 'file' });
    expect(byPath.get('/etc/kubernetes/pki')).toMatchObject({ mode: 0o755, type: 'directory' });
    expect(byPath.get('/etc/kubernetes/pki/etcd/server.key')).toMatchObject({ mode: 0o600 });
    expect(byPath.get('/var/lib/etcd')).toMatchObject({ mode: 0o700, type: 'directory' });
    // the folder, 10 files, the etcd folder and its 4 files: every PKI entry, once
    expect(node.files.filter((f) => f.path.startsWith('/etc/kubernetes/pki')).length).toBe(16);
    expect(new Set(node.files.map((f) => f.path)).size).toBe(node.files.length);
    // kubeadm's drop-in and the packaged unit are both kubelet service files
    expect(byPath.has('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf')).toBe(true);
    expect(byPath.has('/lib/systemd/system/kubelet.service')).toBe(true);
  });

  it.runIf(isRoot)('names owners from the image\'s passwd and group, not from this machine\'s', () => {
    const node = nodeFact(collected.good!);
    expect(node.files.find((f) => f.path === '/var/lib/etcd')).toMatchObject({ uid: ETCD_UID, owner: 'etcd', group: 'etcd' });
  });

  it('passes every node-file check', () => {
    const s = statuses(evaluateAll(collected.good!.facts));
    const ownerChecks = checks.filter((c) => c.meta.id.endsWith('-owner')).map((c) => c.meta.id);
    for (const c of checks) {
      // not running as root, the copy belongs to the test user: ownership then fails, by design
      const want = !isRoot && ownerChecks.includes(c.meta.id) ? 'fail' : 'pass';
      expect(s[c.meta.id], c.meta.id).toBe(want);
    }
    expect(s['k8s.node.admin-kubeconfig-perms /etc/kubernetes/super-admin.conf']).toBe('pass');
  });

  it('never carries file content', () => {
    expect(JSON.stringify(collected.good!.facts['linux.kubernetes-node'])).not.toMatch(/FIXTURE-NOT-A|not a private key|KubeletConfiguration/);
  });
});

describe('--root on the same tree with weak modes', () => {
  it('fails the permission items that are weak and only those', () => {
    const s = statuses(evaluateAll(collected.weak!.facts));
    expect(s).toMatchObject({
      'k8s.node.apiserver-manifest-perms': 'fail',
      'k8s.node.controller-manager-manifest-perms': 'fail',
      'k8s.node.scheduler-manifest-perms': 'fail',
      'k8s.node.etcd-manifest-perms': 'fail', // 0700: the execute bit is beyond 0600
      'k8s.node.admin-kubeconfig-perms': 'fail',
      'k8s.node.admin-kubeconfig-perms /etc/kubernetes/admin.conf': 'fail',
      'k8s.node.admin-kubeconfig-perms /etc/kubernetes/super-admin.conf': 'pass',
      'k8s.node.scheduler-kubeconfig-perms': 'fail',
      'k8s.node.controller-manager-kubeconfig-perms': 'fail',
      'k8s.node.etcd-data-dir-perms': 'fail',
      'k8s.node.kubelet-service-perms': 'fail',
      'k8s.node.kubelet-service-perms /etc/systemd/system/kubelet.service.d/10-kubeadm.conf': 'fail',
      'k8s.node.kubelet-service-perms /lib/systemd/system/kubelet.service': 'pass',
      'k8s.node.kubelet-kubeconfig-perms': 'fail',
      'k8s.node.kubelet-config-perms': 'fail',
    });
    const results = evaluateAll(collected.weak!.facts);
    expect(results.get('k8s.node.etcd-data-dir-perms')?.[0]?.message).toBe('/var/lib/etcd has mode 0755: the etcd data directory must grant nothing beyond 0700');
    expect(results.get('k8s.node.apiserver-manifest-perms')?.[0]).toMatchObject({ messageId: 'tooOpen', evidence: expect.stringMatching(/^\/etc\/kubernetes\/manifests\/kube-apiserver\.yaml 0644 /) });
  });

  it.runIf(isRoot)('modes do not touch ownership: root:root items pass, the root-owned etcd data directory fails', () => {
    const s = statuses(evaluateAll(collected.weak!.facts));
    for (const c of checks.filter((x) => x.meta.id.endsWith('-owner'))) {
      expect(s[c.meta.id], c.meta.id).toBe(c.meta.id === 'k8s.node.etcd-data-dir-owner' ? 'fail' : 'pass');
    }
  });
});

describe('hosts that are not Kubernetes nodes', () => {
  for (const key of ['hardened', 'weak-linux']) {
    it(`${key}: role none, every node-file check not applicable`, () => {
      expect(collected[key]!.facts['linux.kubernetes-node']).toEqual({ ok: true, value: { role: 'none', files: [], denied: [], etcdDataDir: null, pkiTruncated: false } });
      for (const [id, rs] of evaluateAll(collected[key]!.facts)) {
        expect(rs.map((r) => r.status), id).toEqual(['not_applicable']);
        expect(rs[0]?.message).toBe(NOT_A_NODE);
      }
    });
  }
});

const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

describe.skipIf(!isRoot || !setpriv)('as an unprivileged user (skipped: needs root to drop privileges, and setpriv)', () => {
  it('a folder it cannot search or list is an error for the files in it, never a pass or "absent"', async () => {
    const { root, cleanup } = prepareRoot('k8s-node-root');
    try {
      chmodSync(dirname(root), 0o755);
      chmodSync(root, 0o755);
      chmodSync(join(root, 'etc/kubernetes/pki/etcd'), 0o700); // nobody cannot list it
      chmodSync(join(root, 'var/lib/kubelet'), 0o700); // nobody cannot tell whether config.yaml exists
      const { stdout } = await run(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', 'sh', '-c', LINUX_SCRIPT, 'ztaudit', root], { cwd: '/' });
      const facts = parseLinuxOutput(stdout, root);
      const node = (facts['linux.kubernetes-node'] as { ok: true; value: K8sNodeFacts }).value;
      expect(node.role).toBe('control-plane');
      expect(node.denied).toEqual(expect.arrayContaining(['/etc/kubernetes/pki/etcd/', '/var/lib/kubelet/config.yaml']));
      const s = statuses(evaluateAll(facts));
      expect(s['k8s.node.pki-owner /etc/kubernetes/pki/etcd/']).toBe('error');
      expect(s['k8s.node.pki-owner /etc/kubernetes/pki/ca.key']).toBe('pass');
      expect(s['k8s.node.kubelet-config-perms']).toBe('error');
      expect(s['k8s.node.apiserver-manifest-perms']).toBe('pass'); // stat needs no read permission
    } finally {
      cleanup();
    }
  });
});
