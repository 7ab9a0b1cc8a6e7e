// Live collection: one paged LIST per resource type, through the user's kubeconfig. A type the
// credentials may not list turns only its fact into an error ("forbidden: list secrets"); a CRD
// group that is not installed (404) is simply an empty list.
import type { CollectContext, Collected, TargetSpec } from '../../kinds/types.js';
import { errorMessage } from '../../engine/errors.js';
import { notApplicableFact, ok, unavailable, type Outcome } from '../../engine/types.js';
import { KubeApi, KubeApiError, type KubeTarget } from '../../transports/kubernetes.js';
import { controlPlaneFailure } from './controlplane.js';
import type { KubeletNodeConfig } from '../../kit/k8s/controlplane-types.js';
import { factsFromObjects } from './facts.js';
import { kubeletFromConfigz } from './kubelet-config.js';
import { GATEKEEPER_CONSTRAINTS_GROUP, RESOURCE_TYPES, type ObjectFactKey, type ResourceType } from './resources.js';
import type { ClusterInfo, K8sObject } from '../../kit/k8s/facts.js';

/** Parallel LIST calls in flight: enough to hide latency, few enough not to trip API priority & fairness. */
const CONCURRENCY = 6;

interface Fetched {
  objects: K8sObject[];
  /** fact -> reasons it could not be collected */
  failures: Map<ObjectFactKey, string[]>;
  /** one line per failed call, for -v and for loadLiveObjects callers */
  errors: string[];
  /** how many calls got no HTTP answer at all (connection / TLS / timeout) */
  unreachable: number;
  calls: number;
}

async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}

const resourceName = (t: { group: string; plural: string }, crd: boolean): string => (crd && t.group ? `${t.plural}.${t.group}` : t.plural);

/** The reason line for a failed LIST, led by what a user searches for ("forbidden: list secrets"). */
function reasonFor(err: unknown, what: string): string {
  if (err instanceof KubeApiError) {
    if (err.status === 403) return `forbidden: list ${what}`;
    if (err.status === 401) return `unauthorized: list ${what} (credentials rejected)`;
    return `list ${what}: ${err.message}`;
  }
  return `list ${what}: ${errorMessage(err)}`;
}

/** The server's preferred version of an API group, or undefined when the group is not served (404). */
async function preferredVersion(api: KubeApi, group: string): Promise<string | undefined> {
  const answer = await api.get(`/apis/${group}`);
  if (answer.status === 404) return undefined;
  if (answer.status !== 200) throw new KubeApiError(answer.status, `GET /apis/${group}: HTTP ${answer.status}`);
  const body = answer.body as { preferredVersion?: { version?: string }; versions?: { version?: string }[] };
  return body?.preferredVersion?.version ?? body?.versions?.[0]?.version;
}

function stamp(items: Record<string, unknown>[], apiVersion: string, kind: string): K8sObject[] {
  // Items of a List carry no kind/apiVersion of their own.
  return items.map((it) => ({ ...it, apiVersion: (it.apiVersion as string | undefined) ?? apiVersion, kind: (it.kind as string | undefined) ?? kind }) as K8sObject);
}

/** Derived facts and the object facts they are read from. */
const DERIVED_FROM: Readonly<Record<string, readonly ObjectFactKey[]>> = {
  'k8s.controlplane': ['k8s.pods'],
  'k8s.apiserver': ['k8s.pods'],
  'k8s.controller-manager': ['k8s.pods'],
  'k8s.scheduler': ['k8s.pods'],
  'k8s.etcd': ['k8s.pods'],
  'k8s.kube-proxy': ['k8s.workloads', 'k8s.configmaps'],
  'k8s.kubelets': ['k8s.nodes'],
};

/**
 * The resource types to list: those whose facts the selected checks read (all when unknown). A
 * type no check reads is not listed, so the ServiceAccount of deploy/kubernetes needs no right to
 * it (Secrets: no check reads Secret objects).
 */
export function typesFor(wanted: ReadonlySet<string> | undefined): readonly ResourceType[] {
  if (!wanted) return RESOURCE_TYPES;
  const facts = new Set<string>(wanted);
  for (const f of wanted) for (const from of DERIVED_FROM[f] ?? []) facts.add(from);
  return RESOURCE_TYPES.filter((t) => facts.has(t.fact));
}

async function fetchAll(api: KubeApi, log: (m: string) => void, wanted?: ReadonlySet<string>): Promise<Fetched> {
  const out: Fetched = { objects: [], failures: new Map(), errors: [], unreachable: 0, calls: 0 };
  const fail = (fact: ObjectFactKey, reason: string, err: unknown): void => {
    out.failures.set(fact, [...(out.failures.get(fact) ?? []), reason]);
    out.errors.push(reason);
    if (err instanceof KubeApiError && err.status === 0) out.unreachable++;
    log(`kubernetes: ${reason}`);
  };
  const versions = new Map<string, Promise<string | undefined>>();
  const versionOf = (group: string): Promise<string | undefined> => {
    if (!versions.has(group)) versions.set(group, preferredVersion(api, group));
    return versions.get(group)!;
  };

  // Results land in per-job slots, so the object order is the table's, not the network's.
  const slots: K8sObject[][] = [];
  const listOne = async (t: ResourceType, slot: K8sObject[]): Promise<void> => {
    const crd = t.version === undefined;
    const what = resourceName(t, crd);
    out.calls++;
    try {
      const version = crd ? await versionOf(t.group) : t.version!;
      if (version === undefined) return; // CRD group not installed
      const base = t.group ? `/apis/${t.group}/${version}` : `/api/${version}`;
      const list = await api.listAll(`${base}/${t.plural}`);
      slot.push(...stamp(list.items, t.group ? `${t.group}/${version}` : version, t.kind));
    } catch (err) {
      if (t.optional && err instanceof KubeApiError && err.status === 404) return; // CRD not installed in this version
      fail(t.fact, reasonFor(err, what), err);
    }
  };

  // Gatekeeper: one CRD per constraint kind, so discover the resources of the group first.
  const listConstraints = async (slot: K8sObject[]): Promise<void> => {
    const group = GATEKEEPER_CONSTRAINTS_GROUP;
    out.calls++;
    try {
      const version = await versionOf(group);
      if (version === undefined) return;
      const discovery = (await api.getOk(`/apis/${group}/${version}`)) as { resources?: { name?: string; kind?: string }[] };
      for (const r of discovery?.resources ?? []) {
        if (!r.name || r.name.includes('/') || !r.kind) continue;
        const list = await api.listAll(`/apis/${group}/${version}/${r.name}`);
        slot.push(...stamp(list.items, `${group}/${version}`, r.kind));
      }
    } catch (err) {
      if (err instanceof KubeApiError && err.status === 404) return;
      fail('k8s.admission', reasonFor(err, `constraints.${group}`), err);
    }
  };

  const types = typesFor(wanted);
  const jobs = [...types.map((t) => (slot: K8sObject[]) => listOne(t, slot)), ...(!wanted || wanted.has('k8s.admission') ? [listConstraints] : [])];
  await pool(jobs, CONCURRENCY, async (job) => {
    const slot: K8sObject[] = [];
    slots[jobs.indexOf(job)] = slot;
    await job(slot);
  });
  out.objects = slots.flat();
  return out;
}

/** /configz of every node through the API server's node proxy (needs `get nodes/proxy`). */
async function collectKubelets(api: KubeApi, nodes: readonly K8sObject[], log: (m: string) => void): Promise<Outcome<{ nodes: KubeletNodeConfig[] }>> {
  if (nodes.length === 0) return notApplicableFact('no nodes in the cluster');
  const results: KubeletNodeConfig[] = [];
  let forbidden = false;
  await pool(nodes, 4, async (n) => {
    const name = n.metadata?.name ?? '';
    try {
      const body = await api.getOk(`/api/v1/nodes/${encodeURIComponent(name)}/proxy/configz`);
      results.push(kubeletFromConfigz(name, body));
    } catch (err) {
      if (err instanceof KubeApiError && err.status === 403) forbidden = true;
      const reason = `kubelet configz on node ${name}: ${errorMessage(err)}`;
      log(`kubernetes: ${reason}`);
      results.push({ node: name, source: 'configz', reason });
    }
  });
  if (forbidden) return unavailable('forbidden: get nodes/proxy (kubelet /configz)');
  results.sort((a, b) => a.node.localeCompare(b.node));
  return ok({ nodes: results });
}

async function clusterInfo(api: KubeApi, log: (m: string) => void): Promise<ClusterInfo> {
  const info: ClusterInfo = { name: api.contextName || api.clusterName, source: 'live' };
  try {
    const v = (await api.getOk('/version')) as { gitVersion?: unknown };
    if (typeof v?.gitVersion === 'string') info.serverVersion = v.gitVersion;
  } catch (err) {
    log(`kubernetes: server version: ${errorMessage(err)}`);
  }
  return info;
}

/** Every object the credentials may list, for `netpol` and other whole-cluster readers. */
export async function loadLiveObjects(opts: KubeTarget): Promise<{ objects: K8sObject[]; cluster: ClusterInfo; errors: string[] }> {
  const api = await KubeApi.connect(opts);
  const log = (): void => {};
  const [cluster, fetched] = await Promise.all([clusterInfo(api, log), fetchAll(api, log)]);
  return { objects: fetched.objects, cluster, errors: fetched.errors };
}

/** The live half of the Kubernetes collector. */
export async function collectLive(target: TargetSpec, ctx: CollectContext): Promise<Collected> {
  const kube: KubeTarget = {};
  if (typeof target.options.kubeconfig === 'string') kube.kubeconfig = target.options.kubeconfig;
  if (typeof target.options.context === 'string') kube.context = target.options.context;
  let api: KubeApi;
  try {
    api = await KubeApi.connect(kube, { timeoutMs: ctx.timeoutMs, signal: ctx.signal });
  } catch (err) {
    if (err instanceof KubeApiError) return { facts: {}, status: 'unreachable', error: err.message };
    throw err; // a bad kubeconfig / unknown context is the user's to fix (exit 2)
  }
  const [cluster, fetched] = await Promise.all([clusterInfo(api, ctx.log), fetchAll(api, ctx.log, ctx.wanted)]);
  if (fetched.failures.size > 0 && fetched.errors.length >= fetched.calls) {
    return { facts: {}, status: 'unreachable', error: fetched.errors[0] ?? 'no resource could be listed' };
  }
  const facts = factsFromObjects(fetched.objects, cluster);
  for (const [fact, reasons] of fetched.failures) facts[fact] = unavailable(reasons.join('; '));
  const pods = facts['k8s.pods']!;
  if (!pods.ok) Object.assign(facts, controlPlaneFailure(unavailable(`control-plane flags: ${pods.reason}`)));
  const proxySources = [facts['k8s.workloads']!, facts['k8s.configmaps']!].filter((f) => !f.ok);
  if (proxySources.length) facts['k8s.kube-proxy'] = unavailable(`kube-proxy configuration: ${proxySources.map((f) => (f.ok ? '' : f.reason)).join('; ')}`);
  const nodes = facts['k8s.nodes']!;
  if (!ctx.wanted || ctx.wanted.has('k8s.kubelets')) facts['k8s.kubelets'] = nodes.ok ? await collectKubelets(api, nodes.value as K8sObject[], ctx.log) : unavailable(`kubelet configuration: ${nodes.reason}`);
  // a type left unlisted because no selected check reads it is neither a fact nor a failure
  if (ctx.wanted) for (const key of Object.keys(facts)) if (key !== 'k8s.cluster' && !ctx.wanted.has(key)) delete facts[key as keyof typeof facts];
  const failed = Object.values(facts).some((f) => !f.ok && !f.notApplicable);
  return { facts, status: failed ? 'partial' : 'ok' };
}
