// From Kubernetes objects to the engine's model: namespaces (with implied ones), workload peers
// named as netpol-analyzer names them, and compiled NetworkPolicies. A malformed policy is a
// diagnostic naming its file and object and is left out; everything else is still analysed.
import type { K8sObject } from '../kit/k8s/facts.js';
import type { ResourceRef } from '../engine/types.js';
import { stableIdentity } from '../kit/k8s/pod-specs.js';
import { parseCidr, type IpRange } from './ip.js';
import { MAX_PORT, MIN_PORT, PROTOCOLS, type Protocol } from './ports.js';
import { compileSelector, type Labels } from './selectors.js';
import type {
  CompiledPolicy,
  CompiledRule,
  ContainerPort,
  GroupBy,
  NamespaceInfo,
  NetpolDiagnostic,
  NetpolInput,
  NetpolModel,
  RulePeer,
  RulePorts,
  WorkloadPeer,
} from './types.js';

export const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);
export const NS_NAME_LABEL = 'kubernetes.io/metadata.name';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Split a flat object list (manifests) into the engine's input. */
export function splitObjects(objects: readonly K8sObject[]): NetpolInput {
  const namespaces: K8sObject[] = [];
  const pods: K8sObject[] = [];
  const workloads: K8sObject[] = [];
  const policies: K8sObject[] = [];
  for (const o of objects) {
    if (o.kind === 'Namespace') namespaces.push(o);
    else if (o.kind === 'Pod') pods.push(o);
    else if (WORKLOAD_KINDS.has(o.kind)) workloads.push(o);
    else if (o.kind === 'NetworkPolicy') policies.push(o);
  }
  return { namespaces, pods, workloads, policies };
}

export const namespaceOf = (o: K8sObject): string => (typeof o.metadata?.namespace === 'string' && o.metadata.namespace !== '' ? o.metadata.namespace : 'default');
const nameOf = (o: K8sObject): string => (typeof o.metadata?.name === 'string' ? o.metadata.name : '');

export function refOf(o: K8sObject): ResourceRef {
  const ref: ResourceRef = { kind: o.kind, name: nameOf(o) };
  if (o.kind !== 'Namespace') ref.namespace = namespaceOf(o);
  return ref;
}

const labelsOf = (v: unknown): Labels => {
  if (!isRecord(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) out[k] = val === null || val === undefined ? '' : String(val);
  return out;
};

const controllerOf = (o: K8sObject): { kind?: string; name: string } | undefined =>
  (Array.isArray(o.metadata?.ownerReferences) ? o.metadata.ownerReferences : []).find((r) => r && r.controller === true && typeof r.name === 'string');

/** The pod template of a workload object (CronJob: jobTemplate.spec.template). */
function templateOf(o: K8sObject): Record<string, unknown> | undefined {
  const spec = o.spec;
  if (!isRecord(spec)) return undefined;
  if (o.kind === 'CronJob') {
    const jt = spec.jobTemplate;
    return isRecord(jt) && isRecord(jt.spec) && isRecord(jt.spec.template) ? jt.spec.template : undefined;
  }
  return isRecord(spec.template) ? spec.template : undefined;
}

function containerPorts(podSpec: unknown): ContainerPort[] {
  if (!isRecord(podSpec)) return [];
  const out: ContainerPort[] = [];
  // Named ports resolve on the (app) containers, as Kubernetes and netpol-analyzer do.
  for (const list of [podSpec.containers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      if (!isRecord(c) || !Array.isArray(c.ports)) continue;
      for (const p of c.ports) {
        if (!isRecord(p)) continue;
        const port = Number(p.containerPort);
        if (!Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) continue;
        const proto = typeof p.protocol === 'string' ? p.protocol.toUpperCase() : 'TCP';
        if (!(PROTOCOLS as readonly string[]).includes(proto)) continue;
        const cp: ContainerPort = { port, protocol: proto as Protocol };
        if (typeof p.name === 'string' && p.name !== '') cp.name = p.name;
        out.push(cp);
      }
    }
  }
  return out;
}

const ownerKey = (ns: string, kind: string, name: string): string => `${ns}/${kind}/${name}`;

/** Build the model. Pure; the same input gives the same model (peers sorted by name). */
export function buildModel(input: NetpolInput, opts: { groupBy?: GroupBy } = {}): NetpolModel {
  const diagnostics: NetpolDiagnostic[] = [];
  const namespaces = new Map<string, NamespaceInfo>();
  for (const o of input.namespaces) {
    const name = nameOf(o);
    if (!name || namespaces.has(name)) continue;
    const labels = { ...labelsOf(o.metadata?.labels), [NS_NAME_LABEL]: name };
    const info: NamespaceInfo = { name, labels, ref: { kind: 'Namespace', name }, declared: true };
    if (o.$source) info.source = o.$source;
    namespaces.set(name, info);
  }
  const ensureNs = (name: string): void => {
    if (!namespaces.has(name)) namespaces.set(name, { name, labels: { [NS_NAME_LABEL]: name }, ref: { kind: 'Namespace', name }, declared: false });
  };

  // Owner chain of workload objects, for --group-by top-owner and to know which objects have pods.
  const workloadByKey = new Map<string, K8sObject>();
  for (const w of input.workloads) workloadByKey.set(ownerKey(namespaceOf(w), w.kind, nameOf(w)), w);
  const topOwner = (ns: string, kind: string, name: string): { kind: string; name: string } => {
    let cur = { kind, name };
    for (let hops = 0; hops < 8; hops++) {
      const obj = workloadByKey.get(ownerKey(ns, cur.kind, cur.name));
      const up = obj ? controllerOf(obj) : undefined;
      if (!up || !up.kind || !WORKLOAD_KINDS.has(up.kind)) break;
      cur = { kind: up.kind, name: up.name };
    }
    return cur;
  };
  // A workload object represented by its pods (or by a child object) is not a peer of its own.
  const hasChildren = new Set<string>();
  for (const o of [...input.pods, ...input.workloads]) {
    const c = controllerOf(o);
    if (c?.kind) hasChildren.add(ownerKey(namespaceOf(o), c.kind, c.name));
  }

  const peers = new Map<string, WorkloadPeer>();
  const addPeer = (p: WorkloadPeer): void => {
    const existing = peers.get(p.name);
    if (existing) existing.podCount += p.podCount;
    else peers.set(p.name, p);
  };
  for (const pod of input.pods) {
    const ns = namespaceOf(pod);
    ensureNs(ns);
    const owner = controllerOf(pod);
    let kind = 'Pod';
    let name = nameOf(pod);
    let ref: ResourceRef = refOf(pod);
    if (owner && owner.kind !== 'Node') {
      kind = owner.kind || 'Pod';
      name = owner.name;
      // Results name the pod by its stable identity: a ReplicaSet's pod-template-hash (new at
      // every rollout) or a CronJob's Job timestamp must not reach a fingerprint.
      const stable = stableIdentity(pod);
      if (opts.groupBy === 'top-owner' && owner.kind) {
        ({ kind, name } = topOwner(ns, owner.kind, owner.name));
        // Owner chain not in the input (a pods-only dump): fall back to the names' conventions.
        if (kind === owner.kind && name === owner.name) ({ kind, name } = stable);
      }
      ref = { kind: stable.kind, namespace: ns, name: stable.name };
    }
    const peer: WorkloadPeer = {
      name: `${ns}/${name}[${kind}]`,
      namespace: ns,
      kind,
      workload: name,
      labels: labelsOf(pod.metadata?.labels),
      ports: containerPorts(pod.spec),
      ref,
      podCount: 1,
    };
    const src = ownerSource(workloadByKey, ns, kind, name) ?? pod.$source;
    if (src) peer.source = src;
    addPeer(peer);
  }
  for (const w of input.workloads) {
    const ns = namespaceOf(w);
    const name = nameOf(w);
    if (!name || hasChildren.has(ownerKey(ns, w.kind, name))) continue;
    // A controller-owned object scaled to zero (a Deployment's old ReplicaSets, kept as rollout
    // history in every live cluster) runs no pod: it is no peer.
    const up = controllerOf(w);
    if (up?.kind && WORKLOAD_KINDS.has(up.kind) && isRecord(w.spec) && w.spec.replicas === 0) continue;
    ensureNs(ns);
    let kind = w.kind;
    let peerName = name;
    if (opts.groupBy === 'top-owner') ({ kind, name: peerName } = topOwner(ns, w.kind, name));
    const tpl = templateOf(w);
    const replicas = isRecord(w.spec) && typeof w.spec.replicas === 'number' ? w.spec.replicas : 1;
    const peer: WorkloadPeer = {
      name: `${ns}/${peerName}[${kind}]`,
      namespace: ns,
      kind,
      workload: peerName,
      labels: labelsOf(isRecord(tpl?.metadata) ? tpl.metadata.labels : undefined),
      ports: containerPorts(tpl?.spec),
      ref: opts.groupBy === 'top-owner' ? { kind, namespace: ns, name: peerName } : { ...stableIdentity(w), namespace: ns },
      podCount: replicas,
    };
    const src = ownerSource(workloadByKey, ns, kind, peerName) ?? w.$source;
    if (src) peer.source = src;
    addPeer(peer);
  }

  const policies: CompiledPolicy[] = [];
  for (const np of input.policies) {
    const r = compilePolicy(np);
    if ('policy' in r) {
      policies.push(r.policy);
      ensureNs(r.policy.namespace);
    }
    diagnostics.push(...r.diagnostics);
  }

  const sortedPeers = [...peers.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { namespaces, peers: sortedPeers, policies, diagnostics };
}

function ownerSource(byKey: Map<string, K8sObject>, ns: string, kind: string, name: string) {
  return byKey.get(ownerKey(ns, kind, name))?.$source;
}

type PolicyCompile = { policy: CompiledPolicy; diagnostics: NetpolDiagnostic[] } | { diagnostics: NetpolDiagnostic[] };

/** Compile one NetworkPolicy; any malformed part rejects the whole policy with one diagnostic. */
export function compilePolicy(np: K8sObject): PolicyCompile {
  const ref = refOf(np);
  const where = `${np.$source ? `${np.$source.file}:${np.$source.line}: ` : ''}NetworkPolicy ${ref.namespace}/${ref.name}`;
  const diag = (severity: 'error' | 'warning', message: string): NetpolDiagnostic => {
    const d: NetpolDiagnostic = { severity, message: `${where}: ${message}`, object: ref };
    if (np.$source) d.source = np.$source;
    return d;
  };
  const warnings: NetpolDiagnostic[] = [];
  try {
    const spec = isRecord(np.spec) ? np.spec : {};
    const podSel = compileSelector(spec.podSelector, 'spec.podSelector');
    if (!podSel.ok) throw new Error(podSel.reason);
    const types = spec.policyTypes;
    let hasIngress: boolean;
    let hasEgress: boolean;
    if (Array.isArray(types) && types.length > 0) {
      for (const t of types) if (t !== 'Ingress' && t !== 'Egress') throw new Error(`spec.policyTypes: invalid type ${JSON.stringify(t)}`);
      hasIngress = types.includes('Ingress');
      hasEgress = types.includes('Egress');
    } else {
      // Kubernetes defaulting: Ingress always, Egress only when egress rules are given.
      hasIngress = true;
      hasEgress = Array.isArray(spec.egress) && spec.egress.length > 0;
    }
    const policy: CompiledPolicy = { ref, namespace: ref.namespace!, podMatch: podSel.match, podSelectorEmpty: podSel.empty };
    if (np.$source) policy.source = np.$source;
    if (hasIngress) policy.ingress = compileRules(spec.ingress, 'ingress', 'from', ref.namespace!, warnings, diag);
    if (hasEgress) policy.egress = compileRules(spec.egress, 'egress', 'to', ref.namespace!, warnings, diag);
    return { policy, diagnostics: warnings };
  } catch (err) {
    return { diagnostics: [...warnings, diag('error', `${(err as Error).message}; policy skipped`)] };
  }
}

function compileRules(
  rules: unknown,
  dir: 'ingress' | 'egress',
  peerField: 'from' | 'to',
  policyNs: string,
  warnings: NetpolDiagnostic[],
  diag: (s: 'error' | 'warning', m: string) => NetpolDiagnostic,
): CompiledRule[] {
  if (rules === undefined || rules === null) return [];
  if (!Array.isArray(rules)) throw new Error(`spec.${dir} must be a list`);
  return rules.map((rule: unknown, index): CompiledRule => {
    const at = `spec.${dir}[${index}]`;
    const r = isRecord(rule) ? rule : {};
    if (rule !== null && rule !== undefined && !isRecord(rule)) throw new Error(`${at} must be an object`);
    const ports = compilePorts(r.ports, `${at}.ports`, warnings, diag);
    const rawPeers = r[peerField];
    if (rawPeers === undefined || rawPeers === null || (Array.isArray(rawPeers) && rawPeers.length === 0)) return { ports, index };
    if (!Array.isArray(rawPeers)) throw new Error(`${at}.${peerField} must be a list`);
    const peers: RulePeer[] = [];
    rawPeers.forEach((p: unknown, i) => {
      const pat = `${at}.${peerField}[${i}]`;
      if (!isRecord(p)) throw new Error(`${pat} must be an object`);
      if (p.ipBlock !== undefined && p.ipBlock !== null) {
        if (p.podSelector != null || p.namespaceSelector != null) throw new Error(`${pat}: ipBlock cannot be combined with a selector`);
        const ib = isRecord(p.ipBlock) ? p.ipBlock : {};
        const c = parseCidr(ib.cidr);
        if (!c.ok) {
          if (c.ipv6) {
            warnings.push(diag('warning', `${pat}.ipBlock: ${c.reason}`));
            return;
          }
          throw new Error(`${pat}.ipBlock.cidr: ${c.reason}`);
        }
        const except: IpRange[] = [];
        for (const [k, e] of (Array.isArray(ib.except) ? ib.except : []).entries()) {
          const x = parseCidr(e);
          if (!x.ok) {
            if (x.ipv6) continue;
            throw new Error(`${pat}.ipBlock.except[${k}]: ${x.reason}`);
          }
          if (x.range.first < c.range.first || x.range.last > c.range.last) throw new Error(`${pat}.ipBlock.except[${k}]: ${String(e)} is not inside ${String(ib.cidr)}`);
          except.push(x.range);
        }
        peers.push({ type: 'ip', cidr: String(ib.cidr), range: c.range, except });
        return;
      }
      const hasNs = p.namespaceSelector !== undefined && p.namespaceSelector !== null;
      const hasPod = p.podSelector !== undefined && p.podSelector !== null;
      if (!hasNs && !hasPod) throw new Error(`${pat}: a peer needs podSelector, namespaceSelector or ipBlock`);
      const pod = compileSelector(hasPod ? p.podSelector : undefined, `${pat}.podSelector`);
      if (!pod.ok) throw new Error(pod.reason);
      if (hasNs) {
        const ns = compileSelector(p.namespaceSelector, `${pat}.namespaceSelector`);
        if (!ns.ok) throw new Error(ns.reason);
        peers.push({ type: 'pods', key: `ns${ns.key}pod${pod.key}`, nsMatch: ns.match, podMatch: pod.match, podSelectorEmpty: pod.empty, nsSelectorEmpty: ns.empty });
      } else {
        peers.push({ type: 'pods', key: `in:${policyNs}pod${pod.key}`, podMatch: pod.match, podSelectorEmpty: pod.empty, nsSelectorEmpty: false });
      }
    });
    return { peers, ports, index };
  });
}

function compilePorts(
  ports: unknown,
  at: string,
  warnings: NetpolDiagnostic[],
  diag: (s: 'error' | 'warning', m: string) => NetpolDiagnostic,
): RulePorts {
  const out: RulePorts = { all: false, numeric: [[], [], []], named: [] };
  if (ports === undefined || ports === null || (Array.isArray(ports) && ports.length === 0)) return { ...out, all: true };
  if (!Array.isArray(ports)) throw new Error(`${at} must be a list`);
  ports.forEach((p: unknown, i) => {
    const pat = `${at}[${i}]`;
    if (!isRecord(p)) throw new Error(`${pat} must be an object`);
    const proto = p.protocol === undefined || p.protocol === null ? 'TCP' : String(p.protocol);
    const pi = (PROTOCOLS as readonly string[]).indexOf(proto);
    if (pi < 0) throw new Error(`${pat}.protocol: invalid protocol ${JSON.stringify(p.protocol)} (expected TCP, UDP or SCTP)`);
    const port = p.port;
    if (port === undefined || port === null) {
      out.numeric[pi]!.push([MIN_PORT, MAX_PORT]);
      return;
    }
    if (typeof port === 'string' && !/^\d+$/.test(port)) {
      if (p.endPort !== undefined && p.endPort !== null) warnings.push(diag('warning', `${pat}: endPort is ignored with a named port`));
      out.named.push({ name: port, protocol: proto as Protocol });
      return;
    }
    const n = Number(port);
    if (!Number.isInteger(n) || n < MIN_PORT || n > MAX_PORT) throw new Error(`${pat}.port: ${JSON.stringify(port)} is out of range 1-65535`);
    let end = n;
    if (p.endPort !== undefined && p.endPort !== null) {
      end = Number(p.endPort);
      if (!Number.isInteger(end) || end < n || end > MAX_PORT) throw new Error(`${pat}.endPort: ${JSON.stringify(p.endPort)} must be between port (${n}) and 65535`);
    }
    out.numeric[pi]!.push([n, end]);
  });
  return out;
}
