// Helpers for the hypervisor.vsphere.* checks: one result per ESXi host or per VM (one that could
// not be read is an error for it, never a pass), the service and advanced-option readings. Pure.
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import type { ResourceRef } from '../../engine/types.js';
import type { VsphereHost, VsphereHostsFacts, VsphereService, VsphereVm, VsphereVmsFacts } from './vsphere.js';
import './vsphere.js';

export const hostRef = (name: string): ResourceRef => ({ kind: 'HostSystem', name });
export const vmRef = (name: string): ResourceRef => ({ kind: 'VirtualMachine', name });

/** What a judge says of one object: its problems (none: it passes), or why the check does not apply to it. */
export type Verdict = string[] | { notApplicable: string };

function perObject<M extends string, T extends { name: string }>(
  objects: readonly T[],
  unreadable: readonly { name: string; reason: string }[],
  ref: (name: string) => ResourceRef,
  what: string,
  ctx: CheckContext<M>,
  judge: (o: T) => Verdict,
  failId: M,
  passEvidence: (o: T) => string,
): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const o of objects) {
    const v = judge(o);
    const resource = ref(o.name);
    if (!Array.isArray(v)) out.push(ctx.notApplicable(v.notApplicable, { resource }));
    else if (v.length) out.push(ctx.fail(failId, { name: o.name, detail: v.join('; ') }, { resource, evidence: v.join('; ') }));
    else out.push(ctx.pass(undefined, undefined, { resource, evidence: passEvidence(o) }));
  }
  for (const u of unreadable) out.push(ctx.error(`${what} ${u.name}: ${u.reason}`, { resource: ref(u.name) }));
  if (out.length === 0) return [ctx.notApplicable(`no ${what}s in the inventory`)];
  return out;
}

/** One outcome per ESXi host; no hosts is not_applicable. Messages get {{name}} and {{detail}}. */
export const perHost = <M extends string>(facts: VsphereHostsFacts, ctx: CheckContext<M>, judge: (h: VsphereHost) => Verdict, failId: M, passEvidence: (h: VsphereHost) => string): CheckOutcome[] =>
  perObject(facts.hosts, facts.unreadable, hostRef, 'host', ctx, judge, failId, passEvidence);

/** One outcome per VM (templates included: they are cloned into VMs); no VMs is not_applicable. */
export const perVm = <M extends string>(facts: VsphereVmsFacts, ctx: CheckContext<M>, judge: (v: VsphereVm) => Verdict, failId: M, passEvidence: (v: VsphereVm) => string): CheckOutcome[] =>
  perObject(facts.vms, facts.unreadable, vmRef, 'VM', ctx, judge, failId, passEvidence);

export const service = (h: VsphereHost, key: string): VsphereService | undefined => h.services.find((s) => s.key === key);

/**
 * The problems of a host service that should stay off: running now, or a startup policy that starts
 * it ('on': with the host, 'automatic': with its firewall ports). Not installed: none.
 */
export function serviceOn(h: VsphereHost, key: string, label: string): string[] {
  const s = service(h, key);
  if (!s) return [];
  return [...(s.running ? [`${label} (${key}) is running`] : []), ...(s.policy && s.policy !== 'off' ? [`${label} (${key}) startup policy is "${s.policy}"`] : [])];
}

export const serviceEvidence = (h: VsphereHost, key: string): string => {
  const s = service(h, key);
  return s ? `${key} stopped, startup policy "${s.policy}"` : `${key} not installed`;
};

/** An advanced option as a whole number of seconds; unset (absent or empty) is the default, 0. */
export function seconds(h: VsphereHost, key: string): number | undefined {
  const v = h.options[key];
  if (v === undefined || v.trim() === '') return 0;
  return /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined;
}

/** isolation.tools.<name> as the VM sets it (case-insensitive key and value); undefined: the default. */
export function isolationSetting(vm: VsphereVm, name: string): string | undefined {
  const key = Object.keys(vm.isolation).find((k) => k.toLowerCase() === `isolation.tools.${name}`.toLowerCase());
  return key === undefined ? undefined : vm.isolation[key]!.trim().toLowerCase();
}
