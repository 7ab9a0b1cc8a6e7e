// Shared shapes of the Kubernetes checks: one result per pod template, per namespace or per
// object, skipping allowlisted system objects. Pure: facts in, outcomes out.
import type { K8sObject } from './facts.js';
import type { CheckContext, CheckOutcome, MessageData, OutcomeOptions } from '../../engine/check.js';
import type { ResourceRef } from '../../engine/types.js';
import { allowlisted } from './allowlist.js';
import { locationOf, refOf } from './objects.js';
import { podTemplates, type ContainerEntry, type PodTemplate } from './pod-specs.js';

export interface Finding<M extends string> {
  messageId: M;
  data?: MessageData;
  evidence?: string;
  /** warn instead of fail */
  warn?: boolean;
}

function outcomeFor<M extends string>(
  ctx: CheckContext<M>,
  finding: Finding<M> | undefined,
  resource: ResourceRef,
  location: PodTemplate['location'],
): CheckOutcome {
  // one options object, filled in place: this runs for every workload under every workload check
  const opts: OutcomeOptions = { resource };
  if (location) opts.location = location;
  if (!finding) return ctx.pass(undefined, undefined, opts);
  if (finding.evidence !== undefined) opts.evidence = finding.evidence;
  return finding.warn ? ctx.warn(finding.messageId, finding.data, opts) : ctx.fail(finding.messageId, finding.data, opts);
}

/** One result per pod template (Pod or workload), allowlisted system workloads left out. */
export function judgeTemplates<M extends string>(
  checkId: string,
  pods: readonly K8sObject[],
  workloads: readonly K8sObject[],
  ctx: CheckContext<M>,
  judge: (t: PodTemplate) => Finding<M> | undefined,
): CheckOutcome[] {
  const templates = podTemplates(pods, workloads);
  if (templates.length === 0) return [ctx.notApplicable('no pods or workloads')];
  const out: CheckOutcome[] = [];
  for (const t of templates) {
    if (allowlisted(checkId, t.ref)) continue;
    out.push(outcomeFor(ctx, judge(t), t.ref, t.location));
  }
  return out.length > 0 ? out : [ctx.notApplicable('only allowlisted system workloads')];
}

/** One result per object of a list, allowlisted system objects left out. */
export function judgeObjects<M extends string>(
  checkId: string,
  objects: readonly K8sObject[],
  ctx: CheckContext<M>,
  judge: (o: K8sObject) => Finding<M> | undefined,
  empty = 'nothing to assess',
): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const o of objects) {
    const ref = refOf(o);
    if (allowlisted(checkId, ref)) continue;
    out.push(outcomeFor(ctx, judge(o), ref, locationOf(o)));
  }
  return out.length > 0 ? out : [ctx.notApplicable(objects.length > 0 ? 'only allowlisted system objects' : empty)];
}

/** "a, b (init)" — the containers a finding is about, for messages. */
export function containerList(entries: readonly ContainerEntry[]): string {
  return entries.map((e) => (e.role === 'container' ? e.name : `${e.name} (${e.role === 'initContainer' ? 'init' : 'ephemeral'})`)).join(', ');
}

/**
 * A per-container finding: the containers for which `bad` returns a detail string are named
 * in the message and the evidence ("name: detail; ...").
 */
export function containerFinding<M extends string>(
  t: PodTemplate,
  messageId: M,
  bad: (e: ContainerEntry, t: PodTemplate) => string | undefined,
  roles: readonly ContainerEntry['role'][] = ['container', 'initContainer', 'ephemeralContainer'],
): Finding<M> | undefined {
  const hits: { entry: ContainerEntry; detail: string }[] = [];
  for (const e of t.containers) {
    if (!roles.includes(e.role)) continue;
    const detail = bad(e, t);
    if (detail !== undefined) hits.push({ entry: e, detail });
  }
  if (hits.length === 0) return undefined;
  return {
    messageId,
    data: { containers: containerList(hits.map((h) => h.entry)), count: hits.length },
    evidence: hits.map((h) => `${h.entry.name}: ${h.detail}`).join('; '),
  };
}
