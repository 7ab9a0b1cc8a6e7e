// Services, auditd, time synchronisation and automatic updates. Enabled units come from the
// /etc/systemd/system/*.wants symlinks (readable live and offline); running units only live.
import { ok, type Outcome } from '../../engine/types.js';
import { attr, attrs, commandReason, filesMatching, type Section } from '../shell/sections.js';
import type { AuditFacts, ObserveMode, ServicesFacts, TimesyncFacts, UpdatesFacts } from '../../kit/linux/facts.js';

export function parseServicesSection(section: Section, programs: Section | undefined, mode: ObserveMode): Outcome<ServicesFacts> {
  const enabled = new Set(attrs(section, 'enabled'));
  for (const s of attrs(section, 'sysv')) {
    const name = s.replace(/^S\d+/, '');
    if (name && !enabled.has(`${name}.service`)) enabled.add(`${name}.service`);
  }
  let running: string[] | null = null;
  let runningReason: string | undefined;
  const cmd = section.commands.get('running');
  if (mode === 'offline') runningReason = 'running services are not observable in a mounted root';
  else if (cmd && cmd.rc === 0) {
    running = cmd.output.split('\n').map((l) => l.trim().split(/\s+/)[0] ?? '').filter((u) => u.endsWith('.service')).sort();
  } else runningReason = cmd ? commandReason('systemctl list-units', cmd) : (attr(section, 'running') ?? 'systemd is not running');
  const installed = programs ? [...new Set(attrs(programs, 'installed'))].sort() : [];
  return ok({ enabled: [...enabled].sort(), running, ...(runningReason ? { runningReason } : {}), installed });
}

/** Rules as auditctl -l prints them: one rule per line, comments and control lines dropped. */
export function parseAuditRules(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '' && !l.startsWith('#') && l !== 'No rules');
}

export function parseAuditSection(section: Section, services: ServicesFacts, mode: ObserveMode): Outcome<AuditFacts> {
  const installed = services.installed.includes('auditd');
  const enabled = services.enabled.includes('auditd.service');
  const running = services.running ? services.running.includes('auditd.service') : null;
  const live = section.commands.get('auditctl');
  if (mode === 'live' && live && live.rc === 0) {
    const status = section.commands.get('auditctl-status');
    const flag = status?.rc === 0 ? /^enabled\s+(\d)/m.exec(status.output)?.[1] : undefined;
    return ok({ installed, enabled, running, rules: parseAuditRules(live.output), rulesSource: 'auditctl -l', enabledFlag: flag === undefined ? null : Number(flag) });
  }
  // augenrules compiles rules.d into audit.rules; read rules.d when present, else audit.rules
  const dropIns = filesMatching(section, (p) => p.startsWith('/etc/audit/rules.d/')).sort((a, b) => (a.path < b.path ? -1 : 1));
  const compiled = filesMatching(section, (p) => p === '/etc/audit/audit.rules');
  const chosen = dropIns.length > 0 ? dropIns : compiled;
  const rules = chosen.flatMap((f) => parseAuditRules(f.content));
  const lastE = rules.filter((r) => /^-e\s+\d/.test(r)).pop();
  return ok({ installed, enabled, running, rules, rulesSource: 'rules files', enabledFlag: lastE ? Number(lastE.split(/\s+/)[1]) : null });
}

const TIME_DAEMONS: Record<string, string[]> = {
  chronyd: ['chrony.service', 'chronyd.service'],
  ntpd: ['ntp.service', 'ntpd.service', 'ntpsec.service'],
  openntpd: ['openntpd.service'],
  'systemd-timesyncd': ['systemd-timesyncd.service'],
};

export function parseTimesync(services: ServicesFacts, section: Section | undefined): TimesyncFacts {
  const installed = Object.keys(TIME_DAEMONS).filter((d) => services.installed.includes(d));
  const units = Object.values(TIME_DAEMONS).flat();
  const enabled = services.enabled.filter((u) => units.includes(u));
  const running = services.running ? services.running.filter((u) => units.includes(u)) : null;
  const sync = section?.commands.get('ntp-sync');
  const synchronized = sync && sync.rc === 0 ? sync.output.trim() === 'yes' : null;
  return { installed, enabled, running, synchronized };
}

/** apt.conf "APT::Periodic::Key "value";" assignments (the flat form). */
export function parseAptPeriodic(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^\s*APT::Periodic::([\w-]+)\s+"([^"]*)"\s*;/gm)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

/** dnf automatic.conf: [commands] apply_updates / upgrade_type. */
export function parseDnfAutomatic(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let section = '';
  for (const line of text.split('\n')) {
    const t = line.trim();
    const s = /^\[(.+)\]$/.exec(t);
    if (s) section = s[1] ?? '';
    const kv = /^([\w_]+)\s*=\s*(.*)$/.exec(t);
    if (kv && section === 'commands') out[kv[1] ?? ''] = (kv[2] ?? '').trim();
  }
  return out;
}

export function parseUpdatesSection(section: Section, services: ServicesFacts): Outcome<UpdatesFacts> {
  const has = (p: string): boolean => services.installed.includes(p);
  const manager: UpdatesFacts['manager'] = has('apt-get') ? 'apt' : has('dnf') ? 'dnf' : has('yum') ? 'yum' : has('zypper') ? 'zypper' : 'unknown';
  if (manager === 'apt') {
    const settings: Record<string, string> = {};
    const files = filesMatching(section, (p) => p.startsWith('/etc/apt/apt.conf.d/')).sort((a, b) => (a.path < b.path ? -1 : 1));
    for (const f of files) Object.assign(settings, parseAptPeriodic(f.content));
    const toolInstalled = has('unattended-upgrade');
    const timerEnabled = services.enabled.includes('apt-daily-upgrade.timer') || services.enabled.includes('cron.service');
    const on = (k: string): boolean => (settings[k] ?? '0') !== '0' && settings[k] !== '';
    const automatic = toolInstalled && on('Unattended-Upgrade') && on('Update-Package-Lists') && timerEnabled;
    const detail = !toolInstalled
      ? 'unattended-upgrades is not installed'
      : !on('Unattended-Upgrade')
        ? `APT::Periodic::Unattended-Upgrade is ${settings['Unattended-Upgrade'] ?? 'unset'}`
        : !on('Update-Package-Lists')
          ? `APT::Periodic::Update-Package-Lists is ${settings['Update-Package-Lists'] ?? 'unset'}`
          : !timerEnabled
            ? 'apt-daily-upgrade.timer is not enabled'
            : 'unattended-upgrades runs daily';
    return ok({ manager, toolInstalled, settings, timerEnabled, automatic, detail });
  }
  if (manager === 'dnf' || manager === 'yum') {
    const conf = section.files.get('/etc/dnf/automatic.conf');
    const settings = conf?.state === 'file' ? parseDnfAutomatic(conf.content) : {};
    const toolInstalled = has('dnf-automatic') || conf?.state === 'file';
    const timerEnabled = ['dnf-automatic.timer', 'dnf-automatic-install.timer'].some((t) => services.enabled.includes(t));
    const installTimer = services.enabled.includes('dnf-automatic-install.timer');
    const apply = /^(yes|true|1)$/i.test(settings.apply_updates ?? '') || installTimer;
    const automatic = toolInstalled && timerEnabled && apply;
    const detail = !toolInstalled ? 'dnf-automatic is not installed' : !timerEnabled ? 'no dnf-automatic timer is enabled' : !apply ? 'apply_updates is not yes' : 'dnf-automatic applies updates';
    return ok({ manager, toolInstalled, settings, timerEnabled, automatic, detail });
  }
  return { ok: false, reason: manager === 'zypper' ? 'automatic updates on zypper systems are not assessed yet' : 'no known package manager (apt, dnf, yum) found' };
}
