// What the k8s.netpol.* checks share: the engine input from the k8s.* facts, one memoised
// analysis per facts snapshot (checks are pure, and facts are frozen, so caching by identity is
// safe and spares nine checks nine analyses), and the system-namespace allowlist.
import type { K8sObject } from '../kit/k8s/facts.js';
import type { CheckOutcome, OutcomeOptions } from '../engine/check.js';
import type { SourceLocation } from '../engine/types.js';
import { analyze, type ConnAnalysis } from './analyzer.js';
import { IPV4_MAX } from './ip.js';
import { buildModel, compilePolicy, refOf } from './model.js';
import type { CompiledPolicy, CompiledRule, NamespaceInfo, NetpolDiagnostic, NetpolModel, RulePeer } from './types.js';

/** Platform namespaces that are not expected to carry default-deny policies (data, documented). */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

export interface NetpolFacts {
  'k8s.namespaces': readonly K8sObject[];
  'k8s.pods': readonly K8sObject[];
  'k8s.workloads': readonly K8sObject[];
  'k8s.networkpolicies': readonly K8sObject[];
}

interface Memo {
  facts: NetpolFacts;
  analysis: ConnAnalysis;
}
const memo = new WeakMap<object, Memo[]>();

/** The analysis of these facts (model, classes, per-direction rows); computed once per snapshot. */
export function analysisOf(f: NetpolFacts): ConnAnalysis {
  const key = f['k8s.networkpolicies'] as object;
  const list = memo.get(key) ?? [];
  const hit = list.find(
    (m) => m.facts['k8s.pods'] === f['k8s.pods'] && m.facts['k8s.workloads'] === f['k8s.workloads'] && m.facts['k8s.namespaces'] === f['k8s.namespaces'],
  );
  if (hit) return hit.analysis;
  const model = buildModel({ namespaces: f['k8s.namespaces'], pods: f['k8s.pods'], workloads: f['k8s.workloads'], policies: f['k8s.networkpolicies'] });
  const analysis = analyze(model);
  list.push({ facts: f, analysis });
  memo.set(key, list);
  return analysis;
}

export const modelOf = (f: NetpolFacts): NetpolModel => analysisOf(f).model;

/** Result options naming a resource and, from manifests, its file and line. */
export function at(resource: OutcomeOptions['resource'], source?: SourceLocation, evidence?: string): OutcomeOptions {
  const o: OutcomeOptions = {};
  if (resource) o.resource = resource;
  if (source) o.location = source;
  if (evidence !== undefined) o.evidence = evidence;
  return o;
}

/** Policies the engine could not read: an `error` result each (could not assess), never a pass. */
export const malformedPolicies = (model: NetpolModel): NetpolDiagnostic[] => model.diagnostics.filter((d) => d.severity === 'error' && d.object);

/** A rule that admits every peer on every port: `ingress: - {}` or a rule with ports but no peers counts only with all ports. */
export const isAllowAllRule = (r: CompiledRule): boolean => r.peers === undefined && r.ports.all;

export const isWholeInternet = (p: RulePeer): boolean => p.type === 'ip' && p.range.first === 0 && p.range.last === IPV4_MAX;

export const isSystemNamespace = (ns: string): boolean => SYSTEM_NAMESPACES.has(ns);

/**
 * A data namespace is marked by a label (`ztaudit.io/data: "true"`, `data-classification` other
 * than `public`, or `tier`/`zone` = data/database/db) or named like one (`data`, `db`, `*-db`,
 * `database`, `datastore`, `storage`, `persistence`).
 */
export function isDataNamespace(ns: NamespaceInfo): boolean {
  const l = ns.labels;
  if (l['ztaudit.io/data'] === 'true') return true;
  const cls = l['data-classification'];
  if (cls !== undefined && cls !== 'public') return true;
  if (['data', 'database', 'db', 'datastore'].includes(l['tier'] ?? '') || ['data', 'database', 'db'].includes(l['zone'] ?? '')) return true;
  return /^(data|databases?|datastores?|storage|persistence)$|(^|-)(data|db|database)(-|$)/.test(ns.name);
}


/**
 * Judge each NetworkPolicy on its own: a malformed one is `error` with its diagnostic (the others
 * are still judged); `judge` gets the compiled policy, its "namespace/name" and where it lives,
 * and may return undefined when the policy has nothing to judge.
 */
export function perPolicy(
  policies: readonly K8sObject[],
  error: (reason: string, where: OutcomeOptions) => CheckOutcome,
  judge: (policy: CompiledPolicy, name: string, where: OutcomeOptions) => CheckOutcome | undefined,
): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const np of policies) {
    const r = compilePolicy(np);
    const ref = refOf(np);
    const where = at(ref, np.$source);
    if (!('policy' in r)) {
      out.push(error(r.diagnostics.find((d) => d.severity === 'error')?.message ?? 'malformed policy', where));
      continue;
    }
    const o = judge(r.policy, `${ref.namespace}/${ref.name}`, where);
    if (o) out.push(o);
  }
  return out;
}
