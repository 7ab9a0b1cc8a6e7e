// From the script's whole output to the linux.* facts. Pure: the collector does the I/O.
import type { Outcome } from '../../engine/types.js';
import { parseAccountsSection } from './parse-accounts.js';
import { parseFilesSection } from './parse-files.js';
import { parseFirewallSection } from './parse-firewall.js';
import { parseK8sNodeSection } from './parse-k8s-node.js';
import { parseCoredumpSection, parseMacSection, parseMetaSection, parseSecureBootSection, parseStorageSection } from './parse-host.js';
import { splitSections, type Section } from './parse-sections.js';
import { parseAuditSection, parseServicesSection, parseTimesync, parseUpdatesSection } from './parse-services.js';
import { parseSshdSection } from './parse-sshd.js';
import { parseSysctlSection } from './parse-sysctl.js';
import type { ObserveMode } from '../../kit/linux/facts.js';

export type LinuxFacts = Record<string, Outcome<unknown>>;

/** Run a section parser; a missing section or a parser bug becomes an error fact, never a throw. */
function guard<T>(name: string, section: Section | undefined, parse: (s: Section) => Outcome<T>): Outcome<T> {
  if (!section) return { ok: false, reason: `section ${name} missing from the collector output (cut off by a timeout?)` };
  if (section.rc === null) return { ok: false, reason: `section ${name} was cut off before it finished` };
  try {
    return parse(section);
  } catch (err) {
    return { ok: false, reason: `cannot parse ${name}: ${(err as Error).message}` };
  }
}

export function parseLinuxOutput(output: string, root: string): LinuxFacts {
  const sections = splitSections(output);
  const get = (n: string): Section | undefined => sections.get(n);
  const os = guard('meta', get('meta'), (s) => parseMetaSection(s, root));
  const mode: ObserveMode = os.ok ? os.value.mode : root === '/' ? 'live' : 'offline';
  const services = guard('services', get('services'), (s) => parseServicesSection(s, get('programs'), mode));
  const sysctl = guard('sysctl', get('sysctl'), (s) => parseSysctlSection(s, mode));
  const needServices = <T>(name: string, f: (s: Section, svc: NonNullable<Extract<typeof services, { ok: true }>['value']>) => Outcome<T>): Outcome<T> =>
    services.ok ? guard(name, get(name), (s) => f(s, services.value)) : { ok: false, reason: `services unknown: ${services.reason}` };

  const facts: LinuxFacts = {
    'linux.os': os,
    'linux.sshd': guard('sshd', get('sshd'), (s) => parseSshdSection(s, mode)),
    'linux.sysctl': sysctl,
    'linux.accounts': guard('accounts', get('accounts'), parseAccountsSection),
    'linux.files': guard('files', get('files'), parseFilesSection),
    'linux.firewall': guard('firewall', get('firewall'), (s) => parseFirewallSection(s, mode)),
    'linux.audit': needServices('audit', (s, svc) => parseAuditSection(s, svc, mode)),
    'linux.services': services,
    'linux.timesync': services.ok ? { ok: true, value: parseTimesync(services.value, get('services')) } : services,
    'linux.updates': needServices('updates', (s, svc) => parseUpdatesSection(s, svc)),
    'linux.storage': guard('storage', get('storage'), (s) => parseStorageSection(s, mode)),
    'linux.mac': needServices('mac', (s, svc) => parseMacSection(s, svc, mode)),
    'linux.coredump': guard('coredump', get('coredump'), (s) => parseCoredumpSection(s, sysctl, services.ok ? services.value.installed : [])),
    'linux.secureboot': guard('secureboot', get('secureboot'), parseSecureBootSection),
    'linux.kubernetes-node': guard('k8snode', get('k8snode'), (s) => parseK8sNodeSection(s, mode)),
  };
  return facts;
}
