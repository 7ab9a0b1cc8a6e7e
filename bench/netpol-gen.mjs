#!/usr/bin/env node
// Synthetic cluster for the NetworkPolicy engine: 200 namespaces, 2,000 workloads (ReplicaSets)
// with 5 pods each (10,000 pods), 2,000 NetworkPolicies with mixed selectors (matchLabels,
// matchExpressions, namespaceSelector AND podSelector), named ports, endPort ranges and ipBlocks
// with except. Writes the cluster as one JSON PodList/List file, then times, end to end:
// reading it, connlist (with formatting, written to a file), and every k8s.netpol.* check.
// Run after a build:  node bench/netpol-gen.mjs [--namespaces N] [--dense] [--keep DIR]
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};

const NS = Number(arg('namespaces', '200'));
const WL_PER_NS = 10;
const PODS_PER_WL = 5;
const POL_PER_NS = 10;
// --dense: no policies at all, so every pair connects (the worst case for output size)
const DENSE = process.argv.includes('--dense');

// Deterministic pseudo-random numbers (mulberry32), so every run builds the same cluster.
let seed = 42;
const rnd = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

const TIERS = ['web', 'api', 'worker', 'cache', 'db'];
const ENVS = ['prod', 'staging', 'dev'];
const TEAMS = Array.from({ length: 20 }, (_, i) => `team-${i}`);
const PORTS = { web: [['http', 8080]], api: [['grpc', 9090], ['metrics', 9100]], worker: [['metrics', 9100]], cache: [['redis', 6379]], db: [['pg', 5432]] };

function generate() {
  const items = [];
  for (let n = 0; n < NS; n++) {
    const ns = `ns-${String(n).padStart(3, '0')}`;
    const env = ENVS[n % 3];
    const team = TEAMS[n % TEAMS.length];
    items.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { env, team, ...(n % 10 === 0 ? { 'ztaudit.io/data': 'true' } : {}) } } });
    for (let w = 0; w < WL_PER_NS; w++) {
      const tier = TIERS[w % TIERS.length];
      const app = `${tier}-${w}`;
      const rs = `${app}-5d4f8c${String(w).padStart(2, '0')}`;
      const ports = PORTS[tier].map(([name, containerPort]) => ({ name, containerPort, protocol: 'TCP' }));
      for (let p = 0; p < PODS_PER_WL; p++) {
        items.push({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: `${rs}-${p}`,
            namespace: ns,
            labels: { app, tier, team, 'pod-template-hash': `5d4f8c${w}` },
            ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs, controller: true }],
          },
          spec: { containers: [{ name: 'main', image: `${tier}:1`, ports }] },
          status: { podIP: `10.${n}.${w}.${p + 1}` },
        });
      }
    }
    // Policies: default deny, DNS to kube-dns, then a mix of allow rules.
    if (DENSE) continue;
    // every 7th namespace forgot egress in its default deny: the checks then have findings too
    items.push(np(ns, 'default-deny', { podSelector: {}, policyTypes: n % 7 === 3 ? ['Ingress'] : ['Ingress', 'Egress'] }));
    items.push(
      np(ns, 'allow-dns', {
        podSelector: n % 7 === 3 ? { matchLabels: { tier: 'web' } } : {},
        policyTypes: ['Egress'],
        egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }],
      }),
    );
    for (let k = 2; k < POL_PER_NS; k++) items.push(randomPolicy(ns, n, k));
  }
  return { apiVersion: 'v1', kind: 'List', items };
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
    case 0: // same-namespace callers by tier, named ports
      return np(ns, `p${k}-same-ns`, { podSelector: target, ingress: [{ from: [{ podSelector: { matchLabels: { tier: pick(TIERS) } } }], ports: named }] });
    case 1: // other namespaces of the same env AND a tier (namespaceSelector AND podSelector)
      return np(ns, `p${k}-env`, {
        podSelector: target,
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { env: ENVS[n % 3] } }, podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db', 'cache'] }] } }], ports: named }],
      });
    case 2: // a team's namespaces, any pod, port range
      return np(ns, `p${k}-team`, { podSelector: target, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: pick(TEAMS) } } }], ports: [{ port: 8000, endPort: 8100 }] }] });
    case 3: // load balancer ranges with holes
      return np(ns, `p${k}-lb`, {
        podSelector: target,
        ingress: [{ from: [{ ipBlock: { cidr: `10.${n % 50}.0.0/16`, except: [`10.${n % 50}.${k}.0/24`] } }, { ipBlock: { cidr: `192.168.${n % 64}.0/24` } }], ports: [{ port: 443 }] }],
      });
    case 4: // egress to partner networks and same-namespace tiers
      return np(ns, `p${k}-egress`, {
        podSelector: target,
        policyTypes: ['Egress'],
        egress: [
          { to: [{ ipBlock: { cidr: `172.${16 + (n % 16)}.0.0/12`.replace(/\/12$/, '/20'), except: [`172.${16 + (n % 16)}.${k}.0/24`] } }], ports: [{ port: 443 }, { port: 8443, protocol: 'TCP' }] },
          { to: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] } }], ports: [{ port: 'metrics' }, { port: 'grpc' }] },
        ],
      });
    default: // data access from a few app tiers across namespaces
      return np(ns, `p${k}-data`, {
        podSelector: { matchLabels: { tier: 'db' } },
        ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'staging'] }] }, podSelector: { matchLabels: { tier: 'api' } } }], ports: [{ port: 'pg' }] }],
      });
  }
}

const ms = (t0) => Math.round(performance.now() - t0);
const rssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main() {
  const dir = arg('keep') ?? mkdtempSync(path.join(tmpdir(), 'ztaudit-netpol-bench-'));
  const file = path.join(dir, 'cluster.json');
  const t0 = performance.now();
  const cluster = generate();
  writeFileSync(file, JSON.stringify(cluster));
  const counts = { namespaces: 0, pods: 0, policies: 0 };
  for (const o of cluster.items) {
    if (o.kind === 'Namespace') counts.namespaces++;
    else if (o.kind === 'Pod') counts.pods++;
    else counts.policies++;
  }
  console.log(`generated ${counts.namespaces} namespaces, ${counts.pods} pods, ${counts.policies} policies in ${ms(t0)} ms -> ${file}`);

  const { loadManifests } = await import(dist('src/providers/kubernetes/manifests.js'));
  const { analyzeObjects, forEachConnection } = await import(dist('src/netpol/connlist.js'));
  const { txtFormatter } = await import(dist('src/netpol/format.js'));
  const { splitObjects } = await import(dist('src/netpol/model.js'));
  const { evaluateCheck } = await import(dist('src/engine/evaluate.js'));
  const checkDir = path.join(root, 'dist/checks/kubernetes');
  const checks = [];
  for (const f of readdirSync(checkDir).filter((f) => f.startsWith('k8s.netpol.') && f.endsWith('.js')).sort()) checks.push((await import(pathToFileURL(path.join(checkDir, f)).href)).default);

  const start = performance.now();
  let t = performance.now();
  const { objects, diagnostics } = await loadManifests([file]);
  const readMs = ms(t);
  t = performance.now();
  const result = analyzeObjects(objects);
  const analyseMs = ms(t);
  t = performance.now();
  // as the CLI does: format in chunks straight into the output file
  const fd = openSync(path.join(dir, 'connlist.txt'), 'w');
  let lines = 0;
  let bytes = 0;
  txtFormatter(
    (visit) => forEachConnection(result.analysis, (src, dst, conn) => (lines++, visit(src, dst, conn))),
    (chunk) => {
      bytes += Buffer.byteLength(chunk);
      writeSync(fd, chunk);
    },
  );
  closeSync(fd);
  const formatMs = ms(t);
  const connlistMs = ms(start);

  t = performance.now();
  const s = splitObjects(objects);
  const target = {
    target: { id: 'kubernetes:bench', kind: 'kubernetes', name: 'bench' },
    status: 'ok',
    durationMs: 0,
    facts: { 'k8s.namespaces': { ok: true, value: s.namespaces }, 'k8s.pods': { ok: true, value: s.pods }, 'k8s.workloads': { ok: true, value: s.workloads }, 'k8s.networkpolicies': { ok: true, value: s.policies } },
  };
  const statuses = {};
  for (const c of checks) for (const r of evaluateCheck(c, target)) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const checksMs = ms(t);
  const totalMs = ms(start);

  console.log(`input diagnostics: ${diagnostics.length + result.diagnostics.length}`);
  console.log(`workload peers: ${result.peerCount}; connlist lines: ${lines}; output ${(bytes / 1048576).toFixed(1)} MiB`);
  console.log(`read ${readMs} ms | analyse ${analyseMs} ms | list+format+write ${formatMs} ms | connlist end-to-end ${connlistMs} ms`);
  console.log(`${checks.length} k8s.netpol checks: ${checksMs} ms (${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`TOTAL wall ${totalMs} ms; peak RSS ${rssMiB()} MiB`);
  if (!arg('keep')) rmSync(dir, { recursive: true, force: true });
}

await main();
