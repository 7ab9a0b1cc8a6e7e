#!/usr/bin/env node
// Synthetic cluster for the Kubernetes posture benchmark: 200 namespaces, 10,000 Pod objects
// (per namespace 10 Deployments, each with its ReplicaSet and 3 replica pods, plus 20 bare pods),
// RBAC, Secrets, ConfigMaps, NetworkPolicies, PSA labels, Kyverno and Istio policies, as a
// `kubectl get -A -o yaml`-like dump: one multi-document YAML file per namespace.
// Deterministic (seeded): the same objects every run.
//   node bench/k8s-gen.mjs [OUT_DIR=bench/out/k8s] [NAMESPACES=200]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const out = process.argv[2] ?? 'bench/out/k8s';
const namespaces = Number(process.argv[3] ?? 200);
const DEPLOYMENTS = 10;
const REPLICAS = 3;
const BARE_PODS = 20;

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const chance = (p) => rand() < p;
const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');

function container(name) {
  const hardened = chance(0.6);
  const c = {
    name,
    image: chance(0.3) ? `registry.example.com/team/${name}@sha256:${hex(64)}` : chance(0.8) ? `registry.example.com/team/${name}:1.${Math.floor(rand() * 20)}.0` : `${name}:latest`,
    ports: [{ containerPort: 8080, ...(chance(0.02) ? { hostPort: 8080 } : {}) }],
    env: [{ name: 'LOG_LEVEL', value: 'info' }],
    resources: chance(0.7) ? { limits: { cpu: '500m', memory: '256Mi' } } : {},
  };
  if (chance(0.05)) c.env.push({ name: 'DB_PASSWORD', value: `pw-${hex(12)}` });
  if (chance(0.2)) c.env.push({ name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'app-secret', key: 'token' } } });
  c.securityContext = hardened
    ? { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } }
    : chance(0.05)
      ? { privileged: true, capabilities: { add: ['SYS_ADMIN'] } }
      : {};
  return c;
}

function podSpec(i) {
  const spec = {
    serviceAccountName: chance(0.7) ? 'app' : undefined,
    automountServiceAccountToken: chance(0.5) ? false : undefined,
    securityContext: chance(0.6) ? { runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } } : {},
    containers: [container(`app${i % 7}`), ...(chance(0.3) ? [container('sidecar')] : [])],
  };
  if (chance(0.03)) spec.hostNetwork = true;
  if (chance(0.03)) spec.volumes = [{ name: 'host', hostPath: { path: '/var/log' } }];
  return JSON.parse(JSON.stringify(spec));
}

function namespaceDocs(n) {
  const ns = `team-${String(n).padStart(3, '0')}`;
  const level = ['restricted', 'baseline', 'privileged', undefined][n % 4];
  const docs = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns, ...(level ? { 'pod-security.kubernetes.io/enforce': level } : {}), ...(n % 2 ? { 'istio-injection': 'enabled' } : {}) } } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns }, ...(n % 3 ? { automountServiceAccountToken: false } : {}) },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app', namespace: ns } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'app', namespace: ns }, rules: [{ apiGroups: [''], resources: n % 10 === 0 ? ['secrets'] : ['configmaps'], verbs: ['get', 'list'] }] },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'app', namespace: ns }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'app' }, subjects: [{ kind: 'ServiceAccount', name: n % 8 === 0 ? 'default' : 'app', namespace: ns }] },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app-secret', namespace: ns }, type: 'Opaque', data: { token: Buffer.from(hex(16)).toString('base64') } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: ns }, data: { 'app.properties': `server.port=8080\n${n % 9 === 0 ? `db.password=${hex(10)}\n` : ''}` } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: ns }, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
  ];
  if (n % 5 === 0) docs.push({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: ns }, spec: { mtls: { mode: n % 10 === 0 ? 'PERMISSIVE' : 'STRICT' } } });
  for (let d = 0; d < DEPLOYMENTS; d++) {
    const name = `svc-${d}`;
    const hash = hex(9).replace(/^[0-9]/, 'a');
    const spec = podSpec(d);
    const template = { metadata: { labels: { app: name } }, spec };
    docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: ns }, spec: { replicas: REPLICAS, selector: { matchLabels: { app: name } }, template } });
    docs.push({
      apiVersion: 'apps/v1', kind: 'ReplicaSet',
      metadata: { name: `${name}-${hash}`, namespace: ns, labels: { app: name, 'pod-template-hash': hash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name, controller: true }] },
      spec: { replicas: REPLICAS, selector: { matchLabels: { app: name, 'pod-template-hash': hash } }, template: { metadata: { labels: { app: name, 'pod-template-hash': hash } }, spec } },
    });
    for (let r = 0; r < REPLICAS; r++) {
      docs.push({
        apiVersion: 'v1', kind: 'Pod',
        metadata: { name: `${name}-${hash}-${hex(5)}`, namespace: ns, labels: { app: name, 'pod-template-hash': hash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-${hash}`, controller: true }] },
        spec: { ...spec, nodeName: `node-${Math.floor(rand() * 100)}` },
      });
    }
  }
  for (let p = 0; p < BARE_PODS; p++) {
    docs.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `job-${p}`, namespace: ns, labels: { app: `job-${p}` } }, spec: podSpec(p) });
  }
  return docs;
}

function clusterDocs() {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system', labels: { 'kubernetes.io/metadata.name': 'kube-system' } } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'istio-system', labels: { 'kubernetes.io/metadata.name': 'istio-system', 'pod-security.kubernetes.io/enforce': 'restricted' } } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'cluster-admin' }, rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'cluster-admin' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'Group', name: 'system:masters' }] },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'ci-admin' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace: 'team-000' }] },
    { apiVersion: 'kyverno.io/v1', kind: 'ClusterPolicy', metadata: { name: 'require-limits' }, spec: { validationFailureAction: 'Audit', rules: [{ name: 'limits', match: {}, validate: { message: 'limits', pattern: {} } }] } },
    { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'istio-system' }, spec: { mtls: { mode: 'PERMISSIVE' } } },
    { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'kube-proxy', namespace: 'kube-system' }, spec: { template: { spec: { hostNetwork: true, containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.31.2', securityContext: { privileged: true } }] } } } },
  ];
}

const dump = (docs) => docs.map((d) => stringify(d)).join('---\n');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'cluster.yaml'), dump(clusterDocs()));
let pods = 0;
let objects = 8;
for (let n = 0; n < namespaces; n++) {
  const docs = namespaceDocs(n);
  pods += docs.filter((d) => d.kind === 'Pod').length;
  objects += docs.length;
  writeFileSync(join(out, `ns-${String(n).padStart(3, '0')}.yaml`), dump(docs));
}
console.log(`wrote ${out}: ${namespaces} namespaces, ${pods} pods, ${objects} objects`);
