// The Linux host providers: one per facet of the host, each a section of the host script and a
// pure parse. `linux.os` is always composed: every other parse needs its observation mode.
import type { FactMap, ShellParseContext, ShellProvider } from '../types.js';
import type { Section } from '../shell/sections.js';
import type { FactKey } from '../../engine/facts.js';
import type { Outcome } from '../../engine/types.js';
import type { ServicesFacts, SysctlFacts } from '../../kit/linux/facts.js';
import { dependsOn, guard } from '../shell/guard.js';
import { parseAccountsSection } from './parse-accounts.js';
import { parseFilesSection } from './parse-files.js';
import { parseFirewallSection } from './parse-firewall.js';
import { parseCoredumpSection, parseMacSection, parseMetaSection, parseSecureBootSection, parseStorageSection } from './parse-host.js';
import { parseAuditSection, parseServicesSection, parseTimesync, parseUpdatesSection } from './parse-services.js';
import { parseSshdSection } from './parse-sshd.js';
import { parseSysctlSection } from './parse-sysctl.js';
import { LINUX_SECTIONS as S } from './script.js';

const host = { kinds: ['linux'], facet: 'host', type: 'shell' } as const;

const services = (facts: Readonly<FactMap>): Outcome<ServicesFacts> | undefined => facts['linux.services'] as Outcome<ServicesFacts> | undefined;

/** One provider per section whose parse needs only the section and the mode. */
const simple = (fact: FactKey, section: keyof typeof S, parse: ShellProvider['parse']): ShellProvider => ({
  ...host,
  id: fact,
  facts: [fact],
  sections: { [section]: S[section] },
  parse,
});

/** A section whose parse reads the services fact too (which units are enabled, what is installed). */
const afterServices = (fact: FactKey, section: keyof typeof S, parse: (s: Section, svc: ServicesFacts, mode: ShellParseContext['mode']) => Outcome<unknown>): ShellProvider => ({
  ...host,
  id: fact,
  facts: [fact],
  needs: ['linux.services'],
  sections: { [section]: S[section] },
  parse: (get, ctx) => ({ [fact]: dependsOn(section, services(ctx.facts), 'services', (svc) => guard(section, get(section), (s) => parse(s, svc, ctx.mode))) }),
});

export const LINUX_PROVIDERS: readonly ShellProvider[] = [
  {
    ...host,
    id: 'linux.os',
    always: true,
    facts: ['linux.os'],
    sections: { meta: S.meta },
    parse: (get, ctx) => ({ 'linux.os': guard('meta', get('meta'), (s) => parseMetaSection(s, ctx.root)) }),
  },
  {
    ...host,
    id: 'linux.services',
    facts: ['linux.services', 'linux.timesync'],
    sections: { programs: S.programs, services: S.services },
    parse: (get, ctx) => {
      const svc = guard('services', get('services'), (s) => parseServicesSection(s, get('programs'), ctx.mode));
      return { 'linux.services': svc, 'linux.timesync': svc.ok ? { ok: true, value: parseTimesync(svc.value, get('services')) } : svc };
    },
  },
  simple('linux.sshd', 'sshd', (get, ctx) => ({ 'linux.sshd': guard('sshd', get('sshd'), (s) => parseSshdSection(s, ctx.mode)) })),
  simple('linux.sysctl', 'sysctl', (get, ctx) => ({ 'linux.sysctl': guard('sysctl', get('sysctl'), (s) => parseSysctlSection(s, ctx.mode)) })),
  simple('linux.accounts', 'accounts', (get) => ({ 'linux.accounts': guard('accounts', get('accounts'), parseAccountsSection) })),
  simple('linux.files', 'files', (get) => ({ 'linux.files': guard('files', get('files'), parseFilesSection) })),
  simple('linux.firewall', 'firewall', (get, ctx) => ({ 'linux.firewall': guard('firewall', get('firewall'), (s) => parseFirewallSection(s, ctx.mode)) })),
  simple('linux.storage', 'storage', (get, ctx) => ({ 'linux.storage': guard('storage', get('storage'), (s) => parseStorageSection(s, ctx.mode)) })),
  simple('linux.secureboot', 'secureboot', (get) => ({ 'linux.secureboot': guard('secureboot', get('secureboot'), parseSecureBootSection) })),
  afterServices('linux.audit', 'audit', (s, svc, mode) => parseAuditSection(s, svc, mode)),
  afterServices('linux.updates', 'updates', (s, svc) => parseUpdatesSection(s, svc)),
  afterServices('linux.mac', 'mac', (s, svc, mode) => parseMacSection(s, svc, mode)),
  {
    ...host,
    id: 'linux.coredump',
    facts: ['linux.coredump'],
    needs: ['linux.sysctl', 'linux.services'],
    sections: { coredump: S.coredump },
    parse: (get, ctx) => {
      const sysctl = (ctx.facts['linux.sysctl'] as Outcome<SysctlFacts> | undefined) ?? { ok: false, reason: 'sysctl was not collected' };
      const svc = services(ctx.facts);
      return { 'linux.coredump': guard('coredump', get('coredump'), (s) => parseCoredumpSection(s, sysctl, svc?.ok ? svc.value.installed : [])) };
    },
  },
];
