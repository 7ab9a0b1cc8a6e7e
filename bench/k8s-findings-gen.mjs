#!/usr/bin/env node
// A cluster where every workload has findings, for bench/k8s-findings.mjs: per namespace 10
// apps of 5 bare pods each (no controller, so each pod is a workload of its own, as
// `kubectl run` or a pod dump gives) and 10 NetworkPolicies with mixed selectors
// (the shapes of bench/netpol-gen.mjs), every pod spec carrying posture faults (no
// securityContext, mutable image tags, no limits, a token mounted, a literal password in env on
// some, host namespaces on a few). 200 namespaces = 10,000 pods and 2,000 policies; 1,000
// namespaces = 50,000 pods. One multi-document YAML file per namespace (`kubectl get -o yaml`
// style). Deterministic (seeded): the same objects every run.
//   node bench/k8s-findings-gen.mjs OUT_DIR [NAMESPACES=200]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const WL_PER_NS = 10;
const PODS_PER_WL = 5;
const POL_PER_NS = 10;
const TIERS = ['web', 'api', 'worker', 'cache', 'db'];
const ENVS = ['prod', 'staging', 'dev'];
const TEAMS = Array.from({ length: 20 }, (_, i) => `team-${i}`);
const PORTS = { web: [['http', 8080]], api: [['grpc', 9090], ['metrics', 9100]], worker: [['metrics', 9100]], cache: [['redis', 6379]], db: [['pg', 5432]] };

// mulberry32, so every run builds the same cluster
let seed = 42;
const rnd = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const hex = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');

/** A pod spec with faults: every one fails several workload checks. */
function podSpec(tier, n, w) {
  const ports = PORTS[tier].map(([name, containerPort]) => ({ name, containerPort, protocol: 'TCP' }));
  const main = {
    name: 'main',
    image: w % 3 !== 2 ? `${tier}:latest` : `registry.example.com/${tier}:1.${w}`,
    ports,
    env: [{ name: 'LOG_LEVEL', value: 'info' }, ...(w % 2 === 0 ? [{ name: 'DB_PASSWORD', value: `pw-${hex(12)}` }] : [])],
    ...(w % 2 ? { resources: { limits: { cpu: '500m', memory: '256Mi' } } } : {}),
    ...(w % 5 < 2 ? { securityContext: { allowPrivilegeEscalation: true, capabilities: { add: ['NET_ADMIN'] } } } : {}),
  };
  const spec = { serviceAccountName: w % 2 ? 'app' : 'default', containers: [main] };
  if ((n + w) % 17 === 0) spec.hostNetwork = true;
  if ((n + w) % 23 === 0) spec.volumes = [{ name: 'host', hostPath: { path: '/var/log' } }];
  return spec;
}

function np(namespace, name, spec) {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec };
}

function randomPolicy(ns, n, k) {
  const tier = TIERS[k % TIERS.length];
  const w = k % WL_PER_NS;
  const kind = Math.floor(rnd() * 6);
  const target = rnd() < 0.5 ? { matchLabels: { tier } } : { matchExpressions: [{ key: 'app', operator: 'In', values: [`${tier}-${w}`, `${tier}-${(w + 5) % WL_PER_NS}`] }] };
  const named = PORTS[tier].map(([name]) => ({ port: name }));
  switch (kind) {
    case 0:
      return np(ns, `p${k}-same-ns`, { podSelector: target, ingress: [{ from: [{ podSelector: { matchLabels: { tier: pick(TIERS) } } }], ports: named }] });
    case 1:
      return np(ns, `p${k}-env`, {
        podSelector: target,
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { env: ENVS[n % 3] } }, podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db', 'cache'] }] } }], ports: named }],
      });
    case 2:
      return np(ns, `p${k}-team`, { podSelector: target, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: pick(TEAMS) } } }], ports: [{ port: 8000, endPort: 8100 }] }] });
    case 3:
      return np(ns, `p${k}-lb`, {
        podSelector: target,
        ingress: [{ from: [{ ipBlock: { cidr: `10.${n % 50}.0.0/16`, except: [`10.${n % 50}.${k}.0/24`] } }, { ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 443 }] }],
      });
    case 4:
      return np(ns, `p${k}-egress`, {
        podSelector: target,
        policyTypes: ['Egress'],
        egress: [
          { to: [{ ipBlock: { cidr: `172.${16 + (n % 16)}.0.0/20`, except: [`172.${16 + (n % 16)}.${k}.0/24`] } }], ports: [{ port: 443 }, { port: 8443, protocol: 'TCP' }] },
          { to: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] } }], ports: [{ port: 'metrics' }, { port: 'grpc' }] },
        ],
      });
    default:
      return np(ns, `p${k}-data`, {
        podSelector: { matchLabels: { tier: 'db' } },
        ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'staging'] }] }, podSelector: { matchLabels: { tier: 'api' } } }], ports: [{ port: 'pg' }] }],
      });
  }
}

function namespaceDocs(n) {
  const ns = `ns-${String(n).padStart(4, '0')}`;
  const env = ENVS[n % 3];
  const team = TEAMS[n % TEAMS.length];
  const docs = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns, env, team, ...(n % 10 === 0 ? { 'ztaudit.io/data': 'true' } : {}), ...(n % 4 === 0 ? { 'pod-security.kubernetes.io/enforce': 'baseline' } : {}) } } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app', namespace: ns } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'app', namespace: ns }, rules: [{ apiGroups: [''], resources: n % 10 === 0 ? ['secrets'] : ['configmaps'], verbs: ['get', 'list'] }] },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'app', namespace: ns }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'app' }, subjects: [{ kind: 'ServiceAccount', name: n % 8 === 0 ? 'default' : 'app', namespace: ns }] },
  ];
  for (let w = 0; w < WL_PER_NS; w++) {
    const tier = TIERS[w % TIERS.length];
    const app = `${tier}-${w}`;
    const hash = `5d4f8c${String(w).padStart(2, '0')}`;
    const rs = `${app}-${hash}`;
    const labels = { app, tier, team };
    const spec = podSpec(tier, n, w);
    for (let p = 0; p < PODS_PER_WL; p++) {
      docs.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `${rs}-${p}`, namespace: ns, labels: { ...labels, 'pod-template-hash': hash } },
        spec: { ...spec, nodeName: `node-${(n * WL_PER_NS + w) % 100}` },
        status: { podIP: `10.${n % 250}.${w}.${p + 1}` },
      });
    }
  }
  // every 7th namespace forgot egress in its default deny: findings for the netpol checks too
  docs.push(np(ns, 'default-deny', { podSelector: {}, policyTypes: n % 7 === 3 ? ['Ingress'] : ['Ingress', 'Egress'] }));
  docs.push(
    np(ns, 'allow-dns', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }],
    }),
  );
  for (let k = 2; k < POL_PER_NS; k++) docs.push(randomPolicy(ns, n, k));
  return docs;
}

const clusterDocs = () => [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system', labels: { 'kubernetes.io/metadata.name': 'kube-system' } } },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'cluster-admin' }, rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'ci-admin' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace: 'ns-0000' }] },
];

const dump = (docs) => docs.map((d) => stringify(d)).join('---\n');

/** Write the cluster into `out` (replaced); returns its counts. */
export function generateCluster(out, namespaces) {
  seed = 42;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'cluster.yaml'), dump(clusterDocs()));
  const counts = { namespaces, pods: 0, policies: 0, objects: 3 };
  for (let n = 0; n < namespaces; n++) {
    const docs = namespaceDocs(n);
    for (const d of docs) {
      if (d.kind === 'Pod') counts.pods++;
      else if (d.kind === 'NetworkPolicy') counts.policies++;
    }
    counts.objects += docs.length;
    writeFileSync(join(out, `ns-${String(n).padStart(4, '0')}.yaml`), dump(docs));
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'bench/out/k8s-findings';
  const c = generateCluster(out, Number(process.argv[3] ?? 200));
  console.log(`wrote ${out}: ${c.namespaces} namespaces, ${c.pods} pods, ${c.policies} NetworkPolicies, ${c.objects} objects`);
}
