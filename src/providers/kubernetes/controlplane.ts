// Pure: static control-plane pods -> flag maps. Used live (pods listed from the API) and offline
// (a manifest dump or /etc/kubernetes/manifests copies), so both give the same facts.
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import type { ControlPlaneComponent, ControlPlaneComponentName, ControlPlaneFacts, ControlPlaneInstance } from '../../kit/k8s/controlplane-types.js';
import type { K8sObject } from '../../kit/k8s/facts.js';

/** binary name and kubeadm `component` label for each component */
const BINARIES: Record<ControlPlaneComponentName, string> = {
  apiserver: 'kube-apiserver',
  controllerManager: 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  etcd: 'etcd',
};

export const FACT_OF_COMPONENT = {
  apiserver: 'k8s.apiserver',
  controllerManager: 'k8s.controller-manager',
  scheduler: 'k8s.scheduler',
  etcd: 'k8s.etcd',
} as const satisfies Record<ControlPlaneComponentName, string>;

interface Container {
  name?: string;
  command?: unknown;
  args?: unknown;
  env?: unknown;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/**
 * The argv of a container: command + args; a `sh -c "kube-apiserver --a=b ..."` wrapper is
 * split on whitespace (no quoting rules: control-plane flags carry no spaces).
 */
export function containerArgv(c: Container): string[] {
  const argv = [...strings(c.command), ...strings(c.args)];
  if (argv.length >= 3 && /(^|\/)(ba)?sh$/.test(argv[0]!) && argv[1] === '-c') return argv.slice(2).join(' ').split(/\s+/).filter(Boolean);
  return argv;
}

/**
 * pflag-style parsing: `--name=value`, `--name value` (when the next word is not a flag),
 * bare `--name` = "true". A repeated flag keeps its last value, like a scalar pflag.
 */
export function parseFlags(argv: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    const m = /^--?([A-Za-z0-9][\w.-]*)(?:=(.*))?$/s.exec(word);
    if (!m) continue;
    const name = m[1]!;
    if (m[2] !== undefined) flags[name] = m[2];
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) flags[name] = argv[++i]!;
    else flags[name] = 'true';
  }
  return flags;
}

/** etcd also reads ETCD_<FLAG> variables; a command-line flag wins over its variable. */
export function etcdEnvFlags(env: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(env)) return out;
  for (const e of env as { name?: unknown; value?: unknown }[]) {
    if (typeof e?.name !== 'string' || typeof e.value !== 'string' || !e.name.startsWith('ETCD_')) continue;
    out[e.name.slice(5).toLowerCase().replace(/_/g, '-')] = e.value;
  }
  return out;
}

function componentOfContainer(c: Container): ControlPlaneComponentName | undefined {
  const argv = containerArgv(c);
  const bin = argv[0] ? basename(argv[0]) : '';
  return (Object.keys(BINARIES) as ControlPlaneComponentName[]).find((k) => BINARIES[k] === bin);
}

/**
 * A static control-plane pod: kube-system, a mirror pod (annotation or Node owner) or, from a
 * manifest file, a pod with no owner at all; recognised by its `component` label or binary.
 */
export function isStaticPod(pod: K8sObject): boolean {
  const meta = pod.metadata ?? {};
  if (meta.annotations?.['kubernetes.io/config.mirror'] !== undefined) return true;
  const owners = meta.ownerReferences ?? [];
  if (owners.some((o) => o.kind === 'Node')) return true;
  return owners.length === 0 && pod.$source !== undefined;
}

function instanceOf(pod: K8sObject): { component: ControlPlaneComponentName; instance: ControlPlaneInstance } | undefined {
  if (pod.kind !== 'Pod' || (pod.metadata?.namespace ?? 'default') !== 'kube-system' || !isStaticPod(pod)) return undefined;
  const containers = Array.isArray(pod.spec?.containers) ? (pod.spec!.containers as Container[]) : [];
  const label = pod.metadata.labels?.component;
  let component: ControlPlaneComponentName | undefined;
  let container = containers.find((c) => (component = componentOfContainer(c)) !== undefined);
  if (!container && label) {
    component = (Object.keys(BINARIES) as ControlPlaneComponentName[]).find((k) => BINARIES[k] === label);
    container = component ? containers[0] : undefined;
  }
  if (!component || !container) return undefined;
  const argv = containerArgv(container);
  const flags = parseFlags(argv.slice(1));
  const all = component === 'etcd' ? { ...etcdEnvFlags(container.env), ...flags } : flags;
  const instance: ControlPlaneInstance = {
    pod: { namespace: 'kube-system', name: pod.metadata.name ?? '(unnamed)' },
    container: container.name ?? '(unnamed)',
    flags: all,
  };
  const node = typeof pod.spec?.nodeName === 'string' ? pod.spec.nodeName : undefined;
  if (node) instance.node = node;
  if (pod.$source) instance.location = pod.$source;
  return { component, instance };
}

const byNodeThenPod = (a: ControlPlaneInstance, b: ControlPlaneInstance): number =>
  (a.node ?? '').localeCompare(b.node ?? '') || a.pod.name.localeCompare(b.pod.name);

/** Group the static control-plane pods among `pods` by component. */
export function controlPlaneFromPods(pods: readonly K8sObject[], source: ControlPlaneFacts['source']): ControlPlaneFacts {
  const found = new Map<ControlPlaneComponentName, ControlPlaneInstance[]>();
  for (const pod of pods) {
    const hit = instanceOf(pod);
    if (!hit) continue;
    const list = found.get(hit.component) ?? [];
    list.push(hit.instance);
    found.set(hit.component, list);
  }
  const facts: ControlPlaneFacts = { source };
  for (const [component, instances] of found) {
    instances.sort(byNodeThenPod);
    facts[component] = { component, flags: instances[0]!.flags, instances } satisfies ControlPlaneComponent;
  }
  return facts;
}

const COMPONENTS = Object.keys(BINARIES) as ControlPlaneComponentName[];

/**
 * The five control-plane facts. No component visible at all: `notApplicable` with `noneReason`
 * (managed control plane, or a manifest set without static pods). Some visible but not this
 * one (e.g. an external etcd): that component alone is `notApplicable`.
 */
export function controlPlaneOutcomes(pods: readonly K8sObject[], source: ControlPlaneFacts['source'], noneReason: string): Record<string, Outcome<unknown>> {
  const facts = controlPlaneFromPods(pods, source);
  const seen = COMPONENTS.filter((c) => facts[c]);
  const out: Record<string, Outcome<unknown>> = {};
  out['k8s.controlplane'] = seen.length ? ok(facts) : notApplicableFact(noneReason);
  for (const c of COMPONENTS) {
    const comp = facts[c];
    out[FACT_OF_COMPONENT[c]] = comp
      ? ok(comp)
      : notApplicableFact(seen.length ? `${BINARIES[c]}: no static pod visible in kube-system (runs outside the cluster?)` : noneReason);
  }
  return out;
}

/** The same outcome for all five control-plane facts (e.g. "forbidden: list pods"). */
export function controlPlaneFailure(outcome: Outcome<never>): Record<string, Outcome<unknown>> {
  const out: Record<string, Outcome<unknown>> = { 'k8s.controlplane': outcome };
  for (const c of COMPONENTS) out[FACT_OF_COMPONENT[c]] = outcome;
  return out;
}
