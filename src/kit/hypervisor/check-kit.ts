// Helpers for the hypervisor.libvirt.* checks: one result per guest (a domain that could not be
// read is an error for that guest, never a pass), loopback tests, and reading libvirt settings.
// Pure: no I/O.
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import type { ResourceRef } from '../../engine/types.js';
import type { LibvirtConf, LibvirtConfigFacts, LibvirtDomain, LibvirtDomainsFacts } from './facts.js';
import './facts.js';

export const domainRef = (name: string): ResourceRef => ({ kind: 'Domain', name });

/**
 * One outcome per guest: `judge` returns the problems it finds in a guest (empty: it passes).
 * No guests at all is not_applicable; an unreadable definition is an error for that guest.
 */
export function perDomain<M extends string>(
  facts: LibvirtDomainsFacts,
  ctx: CheckContext<M>,
  judge: (d: LibvirtDomain) => string[],
  failId: M,
  passEvidence: (d: LibvirtDomain) => string,
): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const d of facts.domains) {
    const problems = judge(d);
    const resource = domainRef(d.name);
    out.push(problems.length ? ctx.fail(failId, { domain: d.name, detail: problems.join('; ') }, { resource, evidence: problems.join('; ') }) : ctx.pass(undefined, undefined, { resource, evidence: passEvidence(d) }));
  }
  for (const u of facts.unreadable) out.push(ctx.error(`guest ${u.name}: ${u.reason}`, { resource: domainRef(u.name) }));
  if (out.length === 0) return [ctx.notApplicable(`no guests defined on ${facts.uri}`)];
  return out;
}

/** An address only this host can reach: 127.0.0.0/8, ::1, localhost. '' (unset) is qemu.conf's default, loopback. */
export function isLoopback(address: string): boolean {
  const a = address.trim().toLowerCase();
  return a === '' || a === 'localhost' || a === '::1' || a === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a) || a === '::ffff:127.0.0.1';
}

/** The first of `files` (in order) that sets `key`, with the file it came from. */
export function setting(config: LibvirtConfigFacts, files: readonly string[], key: string): { value: LibvirtConf[string]; file: string } | undefined {
  for (const f of files) {
    const v = config.files[f]?.[key];
    if (v !== undefined) return { value: v, file: f };
  }
  return undefined;
}

/** The daemon files that serve remote connections: the monolithic libvirtd, or the modular virtproxyd. */
export const DAEMON_FILES = ['libvirtd.conf', 'virtproxyd.conf'] as const;

export const asText = (v: LibvirtConf[string] | undefined): string => (v === undefined ? '' : Array.isArray(v) ? v.join(',') : String(v));

/** A daemon's configuration is present (libvirtd.conf or virtproxyd.conf). */
export const daemonFiles = (config: LibvirtConfigFacts): string[] => DAEMON_FILES.filter((f) => config.files[f] !== undefined);

/**
 * The plain-TCP management listeners the configuration turns on: listen_tcp = 1 in libvirtd.conf
 * (the monolithic daemon, started with --listen) or virtproxyd.conf, or an enabled tcp socket unit
 * (socket activation ignores listen_tcp). auth_tcp defaults to "sasl".
 */
export function tcpListeners(config: LibvirtConfigFacts): { where: string; auth: string }[] {
  const out: { where: string; auth: string }[] = [];
  for (const f of DAEMON_FILES) {
    const conf = config.files[f];
    if (!conf) continue;
    const socket = config.sockets.find((s) => s === (f === 'libvirtd.conf' ? 'libvirtd-tcp.socket' : 'virtproxyd-tcp.socket'));
    if (asText(conf.listen_tcp) === '1' || socket) out.push({ where: socket ? `${f} (${socket})` : `${f} listen_tcp = 1`, auth: asText(conf.auth_tcp) || 'sasl' });
  }
  for (const s of config.sockets) {
    if (!s.endsWith('-tcp.socket') || out.some((o) => o.where.includes(s))) continue;
    out.push({ where: s, auth: 'sasl' });
  }
  return out;
}
