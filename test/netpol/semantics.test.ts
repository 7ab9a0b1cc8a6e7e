// NetworkPolicy v1 semantics, one rule at a time, asserted on connlist lines.
import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../src/kit/k8s/facts.js';
import { connlistFromObjects } from '../../src/netpol/connlist.js';
import { formatJson, formatTxt } from '../../src/netpol/format.js';
import { buildModel, splitObjects } from '../../src/netpol/model.js';
import { deploy, np, ns } from './objects.js';

const lines = (objects: K8sObject[], groupBy?: 'owner' | 'top-owner'): string[] =>
  formatTxt(connlistFromObjects(objects, groupBy ? { groupBy } : {}).conns).split('\n').filter(Boolean);
const pair = (objects: K8sObject[], src: string, dst: string): string | undefined =>
  connlistFromObjects(objects).conns.find((c) => c.src === src && c.dst === dst)?.conn;

const a = deploy('x', 'a', { app: 'a' });
const b = deploy('x', 'b', { app: 'b' }, [{ name: 'http', containerPort: 8080 }, { name: 'dns', containerPort: 53, protocol: 'UDP' }]);
const c = deploy('y', 'c', { app: 'c' });
const A = 'x/a[Deployment]';
const B = 'x/b[Deployment]';
const C = 'y/c[Deployment]';
const EXT = '0.0.0.0-255.255.255.255[External]';
const intoB = (spec: Record<string, unknown>) => np('x', 'p', { podSelector: { matchLabels: { app: 'b' } }, ...spec });

describe('netpol semantics', () => {
  it('no policy: everything connects, self pairs are left out', () => {
    expect(lines([a, b])).toEqual([`${EXT} => ${A} : All Connections`, `${EXT} => ${B} : All Connections`, `${A} => ${EXT} : All Connections`, `${A} => ${B} : All Connections`, `${B} => ${EXT} : All Connections`, `${B} => ${A} : All Connections`]);
  });
  it('policyTypes inferred: egress rules present makes the policy an Egress one too', () => {
    const p = intoB({ egress: [{ to: [{ podSelector: { matchLabels: { app: 'a' } } }], ports: [{ port: 80 }] }] });
    expect(pair([a, b, p], B, A)).toBe('TCP 80');
    expect(pair([a, b, p], A, B)).toBeUndefined(); // Ingress inferred with no rules: deny all
  });
  it('absent vs empty ingress list both deny when Ingress is a type; no `from` admits all', () => {
    expect(pair([a, b, intoB({ policyTypes: ['Ingress'] })], A, B)).toBeUndefined();
    expect(pair([a, b, intoB({ policyTypes: ['Ingress'], ingress: [] })], A, B)).toBeUndefined();
    expect(pair([a, b, intoB({ ingress: [{ ports: [{ port: 443 }] }] })], EXT, B)).toBe('TCP 443');
  });
  it('AND within a peer, OR across peers', () => {
    const and = intoB({ ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'y' } }, podSelector: { matchLabels: { app: 'c' } } }] }] });
    const objs = [ns('x'), ns('y', { team: 'y' }), a, b, c];
    expect(pair([...objs, and], C, B)).toBe('All Connections');
    expect(pair([...objs, and], A, B)).toBeUndefined();
    const or = intoB({ ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'y' } } }, { podSelector: { matchLabels: { app: 'a' } } }] }] });
    expect(pair([...objs, or], C, B)).toBe('All Connections');
    expect(pair([...objs, or], A, B)).toBe('All Connections');
  });
  it('kubernetes.io/metadata.name is set on every namespace, declared or implied', () => {
    const p = intoB({ ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } } }] }] });
    expect(pair([a, b, c, p], C, B)).toBe('All Connections');
    expect(pair([a, b, c, p], A, B)).toBeUndefined();
  });
  it('matchExpressions In, NotIn, Exists, DoesNotExist', () => {
    const sel = (e: Record<string, unknown>) => intoB({ ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchExpressions: [e] } }] }] });
    expect(pair([a, b, c, sel({ key: 'app', operator: 'In', values: ['c'] })], C, B)).toBe('All Connections');
    expect(pair([a, b, c, sel({ key: 'app', operator: 'NotIn', values: ['c'] })], C, B)).toBeUndefined();
    expect(pair([a, b, c, sel({ key: 'app', operator: 'NotIn', values: ['c'] })], A, B)).toBe('All Connections');
    expect(pair([a, b, c, sel({ key: 'app', operator: 'Exists' })], A, B)).toBe('All Connections');
    expect(pair([a, b, c, sel({ key: 'app', operator: 'DoesNotExist' })], A, B)).toBeUndefined();
  });
  it('ports by number, by name (on the destination), endPort ranges and protocols, merged', () => {
    const p = intoB({
      ingress: [{ ports: [{ port: 'http' }, { port: 'dns', protocol: 'UDP' }, { port: 'dns' }, { port: 9000, endPort: 9005 }, { port: 9006 }, { protocol: 'SCTP', port: 7 }] }],
    });
    expect(pair([a, b, p], A, B)).toBe('SCTP 7,TCP 8080,9000-9006,UDP 53');
  });
  it('all ports of all three protocols print as All Connections', () => {
    const p = intoB({ ingress: [{ ports: [{ port: 1, endPort: 65535 }, { protocol: 'UDP' }, { protocol: 'SCTP', port: 1, endPort: 65535 }] }] });
    expect(pair([a, b, p], A, B)).toBe('All Connections');
  });
  it('ipBlock with except splits the external space into ranges', () => {
    const p = intoB({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 443 }] }] });
    expect(lines([b, p]).filter((l) => l.includes(`=> ${B}`))).toEqual([`10.0.0.0-10.0.255.255[External] => ${B} : TCP 443`, `10.2.0.0-10.255.255.255[External] => ${B} : TCP 443`]);
    expect(lines([b, p]).filter((l) => l.startsWith('0.') || l.startsWith('11.'))).toEqual([]);
  });
  it('pods are named by their immediate controller; --group-by top-owner resolves the chain', () => {
    const rs: K8sObject = { kind: 'ReplicaSet', metadata: { name: 'web-5d4', namespace: 'x', ownerReferences: [{ kind: 'Deployment', name: 'web', controller: true }] }, spec: {} };
    const pod = (name: string): K8sObject => ({ kind: 'Pod', metadata: { name, namespace: 'x', labels: { app: 'web' }, ownerReferences: [{ kind: 'ReplicaSet', name: 'web-5d4', controller: true }] }, spec: {} });
    const bare: K8sObject = { kind: 'Pod', metadata: { name: 'debug' }, spec: {} };
    expect(lines([rs, pod('web-5d4-a'), pod('web-5d4-b'), bare]).filter((l) => !l.includes('External'))).toEqual(['default/debug[Pod] => x/web-5d4[ReplicaSet] : All Connections', 'x/web-5d4[ReplicaSet] => default/debug[Pod] : All Connections']);
    expect(lines([rs, pod('web-5d4-a'), bare], 'top-owner').filter((l) => !l.includes('External'))).toEqual(['default/debug[Pod] => x/web[Deployment] : All Connections', 'x/web[Deployment] => default/debug[Pod] : All Connections']);
  });
  it('pods of a ReplicaSet missing from the input: top-owner strips the pod-template-hash; results never name the hash', () => {
    const pod = (name: string): K8sObject => ({ kind: 'Pod', metadata: { name, namespace: 'x', labels: { app: 'web', 'pod-template-hash': '6d5f55986b' }, ownerReferences: [{ kind: 'ReplicaSet', name: 'web-6d5f55986b', controller: true }] }, spec: {} });
    const bare: K8sObject = { kind: 'Pod', metadata: { name: 'debug' }, spec: {} };
    expect(lines([pod('web-6d5f55986b-a'), bare], 'top-owner').filter((l) => !l.includes('External'))).toEqual(['default/debug[Pod] => x/web[Deployment] : All Connections', 'x/web[Deployment] => default/debug[Pod] : All Connections']);
    // the connlist keeps np-guard's immediate-owner name, the fingerprinted resource is the Deployment
    const peer = buildModel(splitObjects([pod('web-6d5f55986b-a'), bare])).peers.find((p) => p.kind === 'ReplicaSet');
    expect(peer?.name).toBe('x/web-6d5f55986b[ReplicaSet]');
    expect(peer?.ref).toEqual({ kind: 'Deployment', namespace: 'x', name: 'web' });
  });
  it('a Deployment\'s old ReplicaSets scaled to zero (rollout history in live dumps) are no peers', () => {
    const d: K8sObject = { kind: 'Deployment', metadata: { name: 'web', namespace: 'x' }, spec: { replicas: 1, template: { metadata: { labels: { app: 'web' } }, spec: {} } } };
    const rs = (name: string, replicas: number): K8sObject => ({ kind: 'ReplicaSet', metadata: { name, namespace: 'x', ownerReferences: [{ kind: 'Deployment', name: 'web', controller: true }] }, spec: { replicas, template: { metadata: { labels: { app: 'web' } }, spec: {} } } });
    const pod: K8sObject = { kind: 'Pod', metadata: { name: 'web-new-a', namespace: 'x', labels: { app: 'web' }, ownerReferences: [{ kind: 'ReplicaSet', name: 'web-new', controller: true }] }, spec: {} };
    const bare: K8sObject = { kind: 'Pod', metadata: { name: 'debug', namespace: 'x' }, spec: {} };
    expect(lines([d, rs('web-new', 1), rs('web-old', 0), pod, bare]).filter((l) => !l.includes('External'))).toEqual(['x/debug[Pod] => x/web-new[ReplicaSet] : All Connections', 'x/web-new[ReplicaSet] => x/debug[Pod] : All Connections']);
    // a Deployment scaled to zero in manifests is still a workload of the cluster
    expect(lines([{ ...d, spec: { ...(d.spec as object), replicas: 0 } }, bare]).filter((l) => !l.includes('External'))).toEqual(['x/debug[Pod] => x/web[Deployment] : All Connections', 'x/web[Deployment] => x/debug[Pod] : All Connections']);
  });
  it('-f json has src, dst, conn, laid out as JSON.stringify(list, null, 2)', () => {
    const conns = connlistFromObjects([a, b, intoB({ ingress: [] })]).conns;
    expect(JSON.parse(formatJson(conns))).toContainEqual({ src: B, dst: A, conn: 'All Connections' });
    expect(formatJson(conns)).toBe(`${JSON.stringify(conns, null, 2)}\n`);
    expect(formatJson([])).toBe('[]\n');
    expect(formatTxt([])).toBe('');
  });
});

describe('malformed policies are diagnostics; the rest is analysed', () => {
  it('names file and object, skips only the bad policy', () => {
    const bad = [
      { ...np('x', 'bad-op', { podSelector: { matchExpressions: [{ key: 'a', operator: 'Equals', values: ['1'] }] } }) },
      np('x', 'bad-port', { podSelector: {}, ingress: [{ ports: [{ port: 0 }] }] }),
      np('x', 'bad-cidr', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '300.1.1.1/8' } }] }] }),
      np('x', 'bad-end', { podSelector: {}, ingress: [{ ports: [{ port: 90, endPort: 80 }] }] }),
    ];
    const good = intoB({ ingress: [] });
    const r = connlistFromObjects([a, b, ...bad, good]);
    expect(r.diagnostics.map((d) => [d.severity, d.object?.name])).toEqual([
      ['error', 'bad-op'],
      ['error', 'bad-port'],
      ['error', 'bad-cidr'],
      ['error', 'bad-end'],
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/^policies\/x\.yaml:3: NetworkPolicy x\/bad-op: .*invalid operator "Equals"/);
    expect(r.diagnostics[1]!.message).toMatch(/bad-port: spec\.ingress\[0\]\.ports\[0\]\.port: 0 is out of range 1-65535; policy skipped/);
    expect(r.diagnostics[2]!.message).toMatch(/bad-cidr: .*invalid CIDR "300\.1\.1\.1\/8"/);
    // the good policy still isolates b; a is unaffected by the skipped ones
    expect(r.conns.find((c) => c.src === A && c.dst === B)).toBeUndefined();
    expect(r.conns.find((c) => c.src === B && c.dst === A)?.conn).toBe('All Connections');
  });
});
