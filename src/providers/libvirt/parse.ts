// The libvirt section (section.ts) to libvirt.* facts. Pure and total: any text gives facts, and
// whatever is missing or malformed is an error (or not_applicable) fact with the reason.
import { lazyXmlParser } from '../../engine/lazy.js';
import { ok, type Outcome } from '../../engine/types.js';
import type {
  LibvirtChardev, LibvirtConf, LibvirtConfigFacts, LibvirtDisk, LibvirtDomain, LibvirtDomainsFacts, LibvirtGraphics, LibvirtHostFacts,
} from '../../kit/hypervisor/facts.js';
import { attr, attrs, commandReason, filesMatching, type Section, type SectionCommand } from '../shell/sections.js';

type Node = { $?: Record<string, string>; '#text'?: string } & { [child: string]: Node[] | Record<string, string> | string | undefined };

const xml = lazyXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '$',
  // every element is a list, so one and many read alike; values stay strings
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

const kids = (n: Node | undefined, name: string): Node[] => {
  const v = n?.[name];
  if (!Array.isArray(v)) return [];
  // a text-only element is parsed as a string
  return v.map((x: Node | string) => (typeof x === 'string' ? ({ '#text': x } as Node) : x));
};
const kid = (n: Node | undefined, name: string): Node | undefined => kids(n, name)[0];
const at = (n: Node | undefined, name: string): string | undefined => n?.$?.[name];
const text = (n: Node | undefined): string | undefined => (n?.['#text'] !== undefined ? String(n['#text']) : undefined);

/** The root element of an XML document, or an Error naming why not. */
function parseXml(source: string, root: string): Node {
  const doc = xml().parse(source) as Record<string, unknown>;
  const top = doc[root];
  if (!Array.isArray(top) || !top[0] || typeof top[0] !== 'object') throw new Error(`no <${root}> element`);
  return top[0] as Node;
}

const pciId = (a: Node | undefined): string => {
  const hex = (v: string | undefined, w: number) => (v ? Number(v).toString(16).padStart(w, '0') : '0'.repeat(w));
  return `${hex(at(a, 'domain'), 4)}:${hex(at(a, 'bus'), 2)}:${hex(at(a, 'slot'), 2)}.${hex(at(a, 'function'), 1)}`;
};

function graphicsOf(g: Node): LibvirtGraphics {
  const listen: string[] = [];
  let socket = false;
  const own = at(g, 'listen');
  if (own !== undefined) listen.push(own);
  for (const l of kids(g, 'listen')) {
    const t = at(l, 'type') ?? 'address';
    if (t === 'socket' || t === 'none') socket = true;
    else if (t === 'network') listen.push(at(l, 'address') ?? `network:${at(l, 'network') ?? ''}`);
    else if (t === 'address') listen.push(at(l, 'address') ?? '');
  }
  if (at(g, 'socket') !== undefined) socket = true;
  const uniq = [...new Set(listen)];
  return {
    type: at(g, 'type') ?? 'unknown',
    listen: socket && uniq.length === 0 ? [] : uniq.length ? uniq : [''],
    socket: socket && uniq.length === 0,
    password: at(g, 'passwd') !== undefined,
    tls: at(g, 'defaultMode') === 'secure',
  };
}

function diskOf(d: Node): LibvirtDisk {
  const src = kid(d, 'source');
  const encrypted = kids(src, 'encryption').length > 0 || kids(d, 'encryption').length > 0;
  const format = at(kid(d, 'driver'), 'type');
  const source = at(src, 'file') ?? at(src, 'dev') ?? (at(src, 'pool') ? `${at(src, 'pool')}/${at(src, 'volume') ?? ''}` : undefined) ?? at(src, 'name') ?? at(src, 'dir') ?? '';
  return { device: at(d, 'device') ?? 'disk', type: at(d, 'type') ?? 'file', source, ...(format ? { format } : {}), encrypted: encrypted || format === 'luks', readonly: kids(d, 'readonly').length > 0 };
}

function chardevOf(device: string, c: Node): LibvirtChardev {
  const sources = kids(c, 'source');
  const src = sources.find((s) => at(s, 'mode') === 'bind') ?? sources[0];
  const host = at(src, 'host');
  const service = at(src, 'service');
  const mode = at(src, 'mode');
  const protocol = at(kid(c, 'protocol'), 'type');
  const target = at(kid(c, 'target'), 'name');
  return { device, type: at(c, 'type') ?? 'pty', ...(host ? { host } : {}), ...(service ? { service } : {}), ...(mode ? { mode } : {}), ...(protocol ? { protocol } : {}), tls: at(src, 'tls') === 'yes', ...(target ? { target } : {}) };
}

/** One <domain> document (virsh dumpxml, or a persisted definition). */
export function parseDomainXml(source: string): LibvirtDomain {
  const dom = parseXml(source, 'domain');
  const name = text(kid(dom, 'name'));
  if (!name) throw new Error('the domain has no <name>');
  const uuid = text(kid(dom, 'uuid'));
  const os = kid(dom, 'os');
  const loader = kid(os, 'loader');
  const nvram = kid(os, 'nvram');
  const features = kids(kid(os, 'firmware'), 'feature');
  const efi = at(os, 'firmware') === 'efi' || (at(loader, 'type') === 'pflash' && !/bios/i.test(text(loader) ?? '')) || features.length > 0;
  const sbFeature = features.find((f) => at(f, 'name') === 'secure-boot');
  const template = `${at(nvram, 'template') ?? ''} ${text(loader) ?? ''}`;
  const secureBoot = sbFeature ? at(sbFeature, 'enabled') === 'yes' : at(loader, 'secure') === 'yes' && /\.ms\.|secboot|\.secboot\./i.test(template);
  const dev = kid(dom, 'devices');
  const hostdevs: LibvirtDomain['hostdevs'] = [];
  for (const h of kids(dev, 'hostdev')) {
    const type = at(h, 'type') ?? 'unknown';
    const src = kid(h, 'source');
    if (type === 'pci') hostdevs.push({ type, id: pciId(kid(src, 'address')) });
    else if (type === 'usb') {
      const v = at(kid(src, 'vendor'), 'id');
      const p = at(kid(src, 'product'), 'id');
      const a = kid(src, 'address');
      hostdevs.push({ type, id: v || p ? `${(v ?? '').replace(/^0x/, '')}:${(p ?? '').replace(/^0x/, '')}` : `bus ${at(a, 'bus') ?? '?'} device ${at(a, 'device') ?? '?'}` });
    } else hostdevs.push({ type, id: at(kid(src, 'adapter'), 'name') ?? at(kid(src, 'block'), 'dev') ?? type });
  }
  for (const i of kids(dev, 'interface')) if (at(i, 'type') === 'hostdev') hostdevs.push({ type: 'pci', id: pciId(kid(kid(i, 'source'), 'address')) });
  const tpmNode = kid(dev, 'tpm');
  const chardevs: LibvirtChardev[] = [];
  for (const device of ['serial', 'console', 'parallel', 'channel']) for (const c of kids(dev, device)) chardevs.push(chardevOf(device, c));
  return {
    name,
    ...(uuid ? { uuid } : {}),
    type: at(dom, 'type') ?? 'unknown',
    seclabels: kids(dom, 'seclabel').map((s) => ({ type: at(s, 'type') ?? 'dynamic', ...(at(s, 'model') ? { model: at(s, 'model')! } : {}), ...(at(s, 'relabel') ? { relabel: at(s, 'relabel')! } : {}) })),
    graphics: kids(dev, 'graphics').map(graphicsOf),
    hostdevs,
    efi,
    secureBoot: efi && secureBoot,
    ...(tpmNode ? { tpm: { model: at(tpmNode, 'model') ?? 'tpm-tis', backend: at(kid(tpmNode, 'backend'), 'type') ?? 'unknown' } } : {}),
    disks: kids(dev, 'disk').map(diskOf),
    chardevs,
  };
}

/** `virsh capabilities`: the security models and the host arch. */
export function parseCapabilities(uri: string, source: string): LibvirtHostFacts {
  const caps = parseXml(source, 'capabilities');
  const host = kid(caps, 'host');
  const arch = text(kid(kid(host, 'cpu'), 'arch'));
  return { uri, secModels: kids(host, 'secmodel').map((s) => text(kid(s, 'model')) ?? '').filter((m) => m !== ''), ...(arch ? { arch } : {}) };
}

/**
 * A libvirt configuration file (libvirtd.conf, qemu.conf...): `key = value` lines, values quoted
 * strings, integers or [ "lists" ] that may span lines; `#` starts a comment outside a string.
 */
export function parseLibvirtConf(content: string): LibvirtConf {
  const out: LibvirtConf = {};
  const re = /([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*"|'[^']*'|-?\d+|\[[^\]]*\])|#[^\n]*/g;
  const unquote = (s: string): string => (s.startsWith('"') ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s.startsWith("'") ? s.slice(1, -1) : s);
  for (const m of content.matchAll(re)) {
    if (!m[1] || m[2] === undefined) continue;
    const v = m[2];
    if (v.startsWith('[')) out[m[1]] = [...v.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((x) => (x[1] ?? x[2] ?? '').replace(/\\(.)/g, '$1'));
    else if (/^-?\d+$/.test(v)) out[m[1]] = Number(v);
    else out[m[1]] = unquote(v);
  }
  return out;
}

/** virsh's own reason: its `error:` lines (the generic "failed to connect" last), else the first output line. */
export function virshReason(what: string, cmd: SectionCommand): string {
  if (cmd.rc === 124 || cmd.rc === 137) return commandReason(what, cmd);
  const errors = cmd.output.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('error: '));
  const specific = errors.filter((l) => !/failed to connect to the hypervisor/.test(l));
  if (errors.length === 0) return commandReason(what, cmd);
  return `${what} exited ${cmd.rc ?? '(cut off)'}: ${[...specific, ...errors.filter((l) => !specific.includes(l))].join('; ').slice(0, 300)}`;
}

export interface LibvirtParsed {
  'libvirt.domains': Outcome<LibvirtDomainsFacts>;
  'libvirt.host': Outcome<LibvirtHostFacts>;
  'libvirt.config': Outcome<LibvirtConfigFacts>;
}

const CONF_FILES = ['libvirtd', 'virtqemud', 'virtproxyd', 'qemu'].map((f) => `/etc/libvirt/${f}.conf`);

/**
 * `hostFacet`: the section ran as a facet of a Linux host (qemu:///system, no flag): a host with
 * no libvirt at all is not_applicable there, where a libvirt target without virsh is an error.
 */
export function parseLibvirtSection(s: Section, hostFacet: boolean): LibvirtParsed {
  const uri = attr(s, 'uri') ?? 'qemu:///system';
  const virsh = attr(s, 'virsh');
  const confRead = attr(s, 'conf') === 'yes';
  const present = CONF_FILES.filter((f) => s.files.get(f)?.state === 'file' || s.files.get(f)?.state === 'denied');
  const installed = present.length > 0;
  const na = <T>(reason: string): Outcome<T> => ({ ok: false, reason, notApplicable: true });
  const err = <T>(reason: string): Outcome<T> => ({ ok: false, reason });

  // the daemon and driver configuration
  let config: Outcome<LibvirtConfigFacts>;
  if (!confRead) config = na(uri.startsWith('test:') ? `${uri} is libvirt's test driver: no daemon configuration to read` : `${uri} names a remote host: its daemon configuration is read on that host (reach it with qemu+ssh://)`);
  else if (!installed) config = na('no libvirt daemon configuration (/etc/libvirt/libvirtd.conf, virtqemud.conf, qemu.conf): libvirt is not installed here');
  else {
    const denied = CONF_FILES.filter((f) => s.files.get(f)?.state === 'denied');
    if (denied.length) config = err(`cannot read ${denied.join(', ')} (run as root, or become: sudo)`);
    else {
      const files: Record<string, LibvirtConf> = {};
      for (const f of CONF_FILES) {
        const file = s.files.get(f);
        if (file?.state === 'file') files[f.slice('/etc/libvirt/'.length)] = parseLibvirtConf(file.content);
      }
      config = ok({ files, denied: [], sockets: attrs(s, 'socket') });
    }
  }

  // guests and capabilities
  let domains: Outcome<LibvirtDomainsFacts>;
  let host: Outcome<LibvirtHostFacts>;
  if (virsh === 'offline') {
    const defs = filesMatching(s, (p) => /^\/etc\/libvirt\/qemu\/[^/]+\.xml$/.test(p));
    host = na('virsh capabilities describe the running host: not observable in a mounted root');
    if (!installed && defs.length === 0) domains = na('no libvirt configuration or domain definitions under /etc/libvirt');
    else domains = ok(domainsFrom(uri, 'config', defs.map((d) => ({ name: d.path.replace(/^.*\/|\.xml$/g, ''), xml: d.content }))));
  } else if (virsh !== 'yes') {
    const reason = `virsh is not installed${hostFacet ? '' : ' where the libvirt target is audited'} (Debian: libvirt-clients)`;
    domains = hostFacet && !installed ? na('libvirt is not installed (no virsh, no /etc/libvirt daemon configuration)') : err(reason);
    host = domains.ok ? err(reason) : domains;
  } else {
    const list = s.commands.get('list');
    if (!list || list.rc !== 0) {
      const reason = list ? `virsh -c ${uri} list: ${virshReason('virsh', list)}` : 'virsh list did not run';
      domains = hostFacet && !installed ? na(`virsh is installed but ${uri} does not answer and no libvirt daemon is configured here (client only): ${reason}`) : err(reason);
      host = domains.ok ? err(reason) : domains;
    } else {
      const names = attrs(s, 'domain');
      domains = ok(domainsFrom(uri, 'virsh', names.map((name, i) => {
        const cmd = s.commands.get(`dumpxml.${i + 1}`);
        return cmd && cmd.rc === 0 ? { name, xml: cmd.output } : { name, error: cmd ? virshReason('virsh dumpxml', cmd) : 'cut off before its dumpxml' };
      })));
      const caps = s.commands.get('capabilities');
      if (!caps || caps.rc !== 0) host = err(caps ? virshReason('virsh capabilities', caps) : 'virsh capabilities did not run');
      else {
        try {
          host = ok(parseCapabilities(uri, caps.output));
        } catch (e) {
          host = err(`cannot parse virsh capabilities: ${(e as Error).message}`);
        }
      }
    }
  }
  if (domains.ok && config.ok && config.value.files['qemu.conf']) domains = ok(withDriverDefaults(domains.value, config.value.files['qemu.conf']));
  return { 'libvirt.domains': domains, 'libvirt.host': host, 'libvirt.config': config };
}

/**
 * What qemu.conf decides for a guest's graphics when the guest does not: the listen address of a
 * VNC/SPICE server with none of its own (vnc_listen, spice_listen; vnc_auto_unix_socket), and TLS
 * for every VNC server (vnc_tls = 1).
 */
function withDriverDefaults(facts: LibvirtDomainsFacts, qemu: LibvirtConf): LibvirtDomainsFacts {
  const str = (k: string): string | undefined => (typeof qemu[k] === 'string' ? (qemu[k] as string) : undefined);
  const autoSocket = String(qemu.vnc_auto_unix_socket ?? '') === '1';
  const vncTls = String(qemu.vnc_tls ?? '') === '1';
  const domains = facts.domains.map((d) => ({
    ...d,
    graphics: d.graphics.map((g) => {
      const unset = g.listen.length === 1 && g.listen[0] === '';
      if (g.type === 'vnc') {
        const socket = g.socket || (unset && autoSocket);
        const listen = socket ? [] : unset && str('vnc_listen') !== undefined ? [str('vnc_listen')!] : g.listen;
        return { ...g, socket, listen, tls: g.tls || vncTls };
      }
      if (g.type === 'spice' && unset && str('spice_listen') !== undefined) return { ...g, listen: [str('spice_listen')!] };
      return g;
    }),
  }));
  return { ...facts, domains };
}

function domainsFrom(uri: string, source: LibvirtDomainsFacts['source'], defs: readonly ({ name: string; xml: string } | { name: string; error: string })[]): LibvirtDomainsFacts {
  const domains: LibvirtDomain[] = [];
  const unreadable: LibvirtDomainsFacts['unreadable'] = [];
  for (const d of defs) {
    if ('error' in d) {
      unreadable.push({ name: d.name, reason: d.error });
      continue;
    }
    try {
      domains.push(parseDomainXml(d.xml));
    } catch (e) {
      unreadable.push({ name: d.name, reason: `cannot parse its XML: ${(e as Error).message}` });
    }
  }
  const guestAgents = domains.filter((d) => d.chardevs.some((c) => c.device === 'channel' && c.target === 'org.qemu.guest_agent.0')).map((d) => d.name).sort();
  return { uri, source, domains, unreadable, guestAgents };
}
