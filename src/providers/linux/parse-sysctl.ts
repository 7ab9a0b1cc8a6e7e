// Kernel parameters: the running values from /proc/sys (live), or what would be applied at boot
// (offline): sysctl.d files from /usr/lib, /lib, /run and /etc (a file in /etc overrides one of
// the same name elsewhere), applied in file-name order, then /etc/sysctl.conf; a later
// assignment wins, like systemd-sysctl and `sysctl --system`. Where nothing is persisted, only
// upstream kernel defaults that do not depend on build options are filled in.
import { ok, type Outcome } from '../../engine/types.js';
import { attrs, filesMatching, type Section } from '../shell/sections.js';
import type { ObserveMode, SysctlFacts } from '../../kit/linux/facts.js';

/** Upstream defaults that hold for every kernel build (Documentation/admin-guide/sysctl). */
export const KERNEL_DEFAULTS: Readonly<Record<string, string>> = {
  'kernel.randomize_va_space': '2',
  'kernel.kptr_restrict': '0',
  'fs.suid_dumpable': '0',
  'net.ipv4.ip_forward': '0',
  'net.ipv6.conf.all.forwarding': '0',
  'net.ipv4.conf.all.send_redirects': '1',
  'net.ipv4.conf.default.send_redirects': '1',
  'net.ipv4.conf.all.accept_redirects': '1',
  'net.ipv4.conf.default.accept_redirects': '1',
  'net.ipv6.conf.all.accept_redirects': '1',
  'net.ipv6.conf.default.accept_redirects': '1',
  'net.ipv4.conf.all.secure_redirects': '1',
  'net.ipv4.conf.default.secure_redirects': '1',
  'net.ipv4.conf.all.rp_filter': '0',
  'net.ipv4.conf.default.rp_filter': '0',
  'net.ipv4.conf.all.log_martians': '0',
  'net.ipv4.conf.default.log_martians': '0',
  'net.ipv4.tcp_syncookies': '1',
  'net.ipv4.icmp_echo_ignore_broadcasts': '1',
  'net.ipv4.icmp_ignore_bogus_error_responses': '1',
  'net.ipv6.conf.all.accept_ra': '1',
  'net.ipv6.conf.default.accept_ra': '1',
};

const DIR_RANK = ['/etc/sysctl.d/', '/run/sysctl.d/', '/usr/lib/sysctl.d/', '/lib/sysctl.d/'];

const normaliseValue = (v: string): string => v.trim().replace(/\s+/g, ' ');
const normaliseKey = (k: string): string => k.trim().replace(/^-/, '').replace(/\//g, '.');

/** Parse one sysctl.conf-format text into assignments, in order. */
export function parseSysctlConf(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
    const eq = t.indexOf('=');
    if (eq <= 0) continue;
    const key = normaliseKey(t.slice(0, eq));
    if (!/^[\w.*-]+$/.test(key)) continue;
    out.push([key, normaliseValue(t.slice(eq + 1))]);
  }
  return out;
}

/** The persisted configuration, in the order systemd-sysctl applies it. */
export function persistedSysctl(files: readonly { path: string; content: string }[]): SysctlFacts {
  const chosen = new Map<string, { path: string; content: string; rank: number }>();
  for (const f of files) {
    const rank = DIR_RANK.findIndex((d) => f.path.startsWith(d));
    if (rank < 0) continue;
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    const prev = chosen.get(base);
    if (!prev || rank < prev.rank) chosen.set(base, { ...f, rank });
  }
  const ordered = [...chosen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => f);
  const conf = files.find((f) => f.path === '/etc/sysctl.conf');
  // Debian links /etc/sysctl.d/99-sysctl.conf to /etc/sysctl.conf: read it once.
  if (conf && !chosen.has('99-sysctl.conf')) ordered.push({ ...conf, rank: 0 });

  const values: Record<string, string> = {};
  const origins: Record<string, string> = {};
  for (const [k, v] of Object.entries(KERNEL_DEFAULTS)) {
    values[k] = v;
    origins[k] = 'kernel default';
  }
  for (const f of ordered) {
    for (const [k, v] of parseSysctlConf(f.content)) {
      values[k] = v;
      origins[k] = f.path;
    }
  }
  return { source: 'persisted', values, origins };
}

export function parseSysctlSection(section: Section, mode: ObserveMode): Outcome<SysctlFacts> {
  if (mode === 'offline') {
    return ok(persistedSysctl(filesMatching(section, () => true)));
  }
  const lines = attrs(section, 'value');
  if (lines.length === 0) {
    const why = section.attrs.find(([k]) => k === 'error')?.[1] ?? (section.rc === null ? 'output cut off' : 'no values readable under /proc/sys');
    return { ok: false, reason: `cannot read kernel parameters: ${why}` };
  }
  const values: Record<string, string> = {};
  const origins: Record<string, string> = {};
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq);
    values[key] = normaliseValue(line.slice(eq + 1));
    origins[key] = '/proc/sys';
  }
  return ok({ source: 'runtime', values, origins });
}
