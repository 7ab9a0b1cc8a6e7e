// The k8snode section parser on hand-written output: kube-bench semantics for the role and the
// etcd data directory, owner names offline, unknown paths; and it is total on arbitrary text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { K8S_NODE_STAT_PATHS } from '../../../src/kit/k8s-node/paths.js';
import { parseK8sNodeSection, parseKstatLine } from '../../../src/providers/k8s-node/parse.js';
import { splitSections, type Section } from '../../../src/providers/shell/sections.js';
import type { K8sNodeFacts } from '../../../src/kit/linux/facts.js';

const section = (...lines: string[]): Section => splitSections(`==ZT== k8snode\n${lines.join('\n')}\n==ZT-END== k8snode 0\n`).get('k8snode')!;
const parse = (mode: 'live' | 'offline', ...lines: string[]): K8sNodeFacts => {
  const r = parseK8sNodeSection(section(...lines), mode);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('parseKstatLine', () => {
  it('reads mode, ids, names, type and a path with spaces', () => {
    expect(parseKstatLine('600 0 0 root root 8180 /etc/kubernetes/admin.conf')).toEqual({ path: '/etc/kubernetes/admin.conf', mode: 0o600, uid: 0, gid: 0, user: 'root', group: 'root', type: 'file' });
    expect(parseKstatLine('700 998 998 UNKNOWN UNKNOWN 41c0 /var/lib/etcd')).toMatchObject({ mode: 0o700, uid: 998, type: 'directory' });
    expect(parseKstatLine('644 0 0 root root 81a4 /etc/kubernetes/pki/old certs/ca.crt')?.path).toBe('/etc/kubernetes/pki/old certs/ca.crt');
    expect(parseKstatLine('777 0 0 root root a1ff /etc/kubernetes/pki//link')).toMatchObject({ path: '/etc/kubernetes/pki/link', type: 'other' });
  });
  it('rejects what stat did not print', () => {
    for (const bad of ['', 'stat: cannot statx', '600 0 0 root root /x', '999 0 0 root root 8180 /x', '600 0 0 root root 8180 relative']) expect(parseKstatLine(bad)).toBeUndefined();
  });
});

describe('parseK8sNodeSection', () => {
  it('is not a node without kubelet or control-plane files', () => {
    expect(parse('live')).toEqual({ role: 'none', files: [], denied: [], etcdDataDir: null, pkiTruncated: false });
    // a plain etcd host (or an old PKI folder) does not make a Kubernetes node
    expect(parse('live', 'kstat=700 0 0 root root 41c0 /var/lib/etcd', 'kstat=755 0 0 root root 41ed /etc/kubernetes/pki').role).toBe('none');
  });
  it('a worker has kubelet files only; any manifest or control-plane kubeconfig makes a control plane', () => {
    expect(parse('live', 'kstat=600 0 0 root root 8180 /var/lib/kubelet/config.yaml').role).toBe('worker');
    expect(parse('live', 'kstat=600 0 0 root root 8180 /var/lib/kubelet/config.yaml', 'kstat=600 0 0 root root 8180 /etc/kubernetes/manifests/etcd.yaml').role).toBe('control-plane');
    expect(parse('live', 'kstat=600 0 0 root root 8180 /etc/kubernetes/admin.conf').role).toBe('control-plane');
  });
  it('offline, names come from the image (kuser/kgroup), an unnamed id stays a number, uid 0 is root', () => {
    const v = parse('offline', 'kstat=700 998 997 systemd-x systemd-y 41c0 /var/lib/etcd', 'kstat=600 0 0 admin wheel 8180 /etc/kubernetes/admin.conf', 'kstat=600 1234 0 bob root 8180 /etc/kubernetes/kubelet.conf', 'kuser=998 etcd', 'kuser=998 shadowed', 'kgroup=997 etcd');
    expect(v.files.map((f) => `${f.path} ${f.owner}:${f.group}`)).toEqual(['/var/lib/etcd etcd:etcd', '/etc/kubernetes/admin.conf root:root', '/etc/kubernetes/kubelet.conf 1234:root']);
  });
  it('live, the names stat printed are kept (UNKNOWN becomes the number)', () => {
    const v = parse('live', 'kstat=600 0 0 root root 8180 /etc/kubernetes/admin.conf', 'kstat=600 4242 0 UNKNOWN root 8180 /etc/kubernetes/kubelet.conf', 'kuser=0 notroot');
    expect(v.files.map((f) => `${f.owner}:${f.group}`)).toEqual(['root:root', '4242:root']);
  });
  it('the etcd data directory: process, then manifest, then the first default location that exists', () => {
    expect(parse('live', 'kdatadir=process /data/etcd', 'kdatadir=manifest /var/lib/etcd').etcdDataDir).toEqual({ path: '/data/etcd', source: 'etcd process' });
    expect(parse('offline', 'kdatadir=manifest /var/lib/etcd').etcdDataDir).toEqual({ path: '/var/lib/etcd', source: 'etcd manifest' });
    expect(parse('offline', 'kstat=700 0 0 root root 41c0 /var/lib/etcd', 'kstat=700 0 0 root root 41c0 /var/lib/etcd/default.etcd').etcdDataDir).toEqual({ path: '/var/lib/etcd/default.etcd', source: 'default location' });
    expect(parse('offline', 'kstat=600 0 0 root root 8180 /var/lib/etcd').etcdDataDir).toBeNull(); // a file is not a data directory
    expect(parse('live', 'kdenied=/var/lib/etcd/default.etcd').etcdDataDir).toEqual({ path: '/var/lib/etcd/default.etcd', source: 'default location' });
  });
  it('keeps unknown paths (a folder that cannot be listed keeps its trailing slash) and the truncation flag', () => {
    const v = parse('live', 'kdenied=/etc/kubernetes/pki//etcd/', 'kdenied=/var/lib/kubelet/config.yaml', 'kdenied=relative', 'kpkitruncated=yes');
    expect(v.denied).toEqual(['/etc/kubernetes/pki/etcd/', '/var/lib/kubelet/config.yaml']);
    expect(v.pkiTruncated).toBe(true);
  });
  it('the fixed path list is plain path characters: it is spliced into the script', () => {
    for (const p of K8S_NODE_STAT_PATHS) expect(p).toMatch(/^(\/[A-Za-z0-9._-]+)+$/);
  });
});

describe('the parser is total', () => {
  const tokens = fc.constantFrom('\n', ' ', '/', 'kstat=', 'kdenied=', 'kdatadir=', 'kuser=', 'kgroup=', 'kpkitruncated=yes', 'process ', 'manifest ', '600 0 0 root root 8180 ', '41c0 ', '0 ', '998 ', 'etcd', '/etc/kubernetes/admin.conf', '/var/lib/etcd', '/etc/kubernetes/pki/', '/var/lib/kubelet/config.yaml', '--ZT-FILE-- /x', '==ZT-END== k8snode 0');
  const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(tokens, { maxLength: 80 }).map((a) => a.join('')));
  it('parseKstatLine never throws', () => fc.assert(fc.property(text, (s) => { parseKstatLine(s); }), { numRuns: 300 }));
  it('any section text gives an ok fact with a known role and only absolute paths', () =>
    fc.assert(
      fc.property(text, fc.constantFrom('live' as const, 'offline' as const), (s, mode) => {
        const r = parseK8sNodeSection(section(s), mode);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(['control-plane', 'worker', 'none']).toContain(r.value.role);
        for (const f of r.value.files) expect(f.path.startsWith('/') && Number.isInteger(f.mode)).toBe(true);
        for (const d of r.value.denied) expect(d.startsWith('/')).toBe(true);
      }),
      { numRuns: 300 },
    ));
});
