// vSphere answers to facts, purely: property collector objects (HostSystem, VirtualMachine) and the
// REST API's JSON, checked for the shape the API reference gives; anything else is an Error.
import type { VsphereApplianceAccessFacts, VsphereApplianceSyslogFacts, VsphereApplianceTimeFacts, VsphereHost, VsphereHostsFacts, VsphereVm, VsphereVmsFacts } from '../../kit/hypervisor/vsphere.js';
import { valBool, valOptions, valStrings, valText, type ObjectContent } from './properties.js';
import { attrOf, childText, kid, kids, type XmlNode } from './soap.js';

export const HOST_PATHS = [
  'name', 'runtime.connectionState', 'summary.managementServerIp', 'config.product.fullName', 'config.lockdownMode',
  'config.service', 'config.option', 'config.dateTimeInfo.ntpConfig.server',
] as const;

export const VM_PATHS = [
  'name', 'runtime.powerState', 'config.template', 'config.keyId', 'config.firmware', 'config.bootOptions.efiSecureBootEnabled',
  'config.hardware.device', 'config.extraConfig',
] as const;

/** The advanced options kept from config.option (thousands come back; the checks read these). */
export const HOST_OPTIONS = ['UserVars.ESXiShellTimeOut', 'UserVars.ESXiShellInteractiveTimeOut', 'Syslog.global.logHost'] as const;

/** What the REST API listed for an object: its name and state, when the REST API answered. */
export interface Listed {
  id: string;
  name: string;
  state: string;
}

const missingReason = (o: ObjectContent, prefix: string): string | undefined => {
  const m = o.missing.filter((x) => x.path.startsWith(prefix));
  return m.length ? m.map((x) => `${x.path}: ${x.reason}`).join('; ') : undefined;
};

/**
 * Each object to report: in the REST API's list when it answered (an object the property collector
 * did not return is still reported, as unreadable), else in the property collector's order; with
 * what each said of it and its name. One pass with a map, not a search of the list per object.
 */
function* eachObject(objects: readonly ObjectContent[], listed?: readonly Listed[]): Generator<{ id: string; l: Listed | undefined; o: ObjectContent | undefined; name: string }> {
  const byId = new Map(objects.map((o) => [o.obj.value, o]));
  const entries: [string, Listed | undefined][] = listed ? listed.map((l) => [l.id, l]) : objects.map((o) => [o.obj.value, undefined]);
  for (const [id, l] of entries) {
    const o = byId.get(id);
    yield { id, l, o, name: (o && valText(o.props.get('name'))) || l?.name || id };
  }
}

export function hostsFacts(objects: readonly ObjectContent[], listed?: readonly Listed[]): VsphereHostsFacts {
  const out: VsphereHostsFacts = { hosts: [], unreadable: [] };
  for (const { id, l, o, name } of eachObject(objects, listed)) {
    const state = (o && valText(o.props.get('runtime.connectionState'))) || l?.state.toLowerCase() || 'unknown';
    const product = o?.props.get('config.product.fullName');
    if (!o || !product) {
      const why = (o && missingReason(o, 'config')) ?? (!o ? 'not returned by the property collector' : state !== 'connected' ? `host is ${state}: its configuration is not available` : 'no configuration returned');
      out.unreadable.push({ id, name, reason: why });
      continue;
    }
    const denied = missingReason(o, 'config');
    if (denied) {
      out.unreadable.push({ id, name, reason: denied });
      continue;
    }
    const options = valOptions(o.props.get('config.option'));
    const kept: Record<string, string> = {};
    for (const k of HOST_OPTIONS) if (options.has(k)) kept[k] = options.get(k)!;
    const lockdown = valText(o.props.get('config.lockdownMode'));
    const mgmt = valText(o.props.get('summary.managementServerIp'));
    const host: VsphereHost = {
      id,
      name,
      connectionState: state,
      product: valText(product),
      ...(lockdown ? { lockdownMode: lockdown } : {}),
      ...(mgmt ? { managementServer: mgmt } : {}),
      services: kids(o.props.get('config.service'), 'service').map((s) => ({ key: childText(s, 'key'), label: childText(s, 'label'), running: childText(s, 'running') === 'true', policy: childText(s, 'policy') })),
      options: kept,
      ntpServers: valStrings(o.props.get('config.dateTimeInfo.ntpConfig.server')),
    };
    out.hosts.push(host);
  }
  return out;
}

export function vmsFacts(objects: readonly ObjectContent[], listed?: readonly Listed[]): VsphereVmsFacts {
  const out: VsphereVmsFacts = { vms: [], unreadable: [] };
  for (const { id, l, o, name } of eachObject(objects, listed)) {
    const denied = o && missingReason(o, 'config');
    if (!o || denied || !o.props.has('config.template')) {
      out.unreadable.push({ id, name, reason: denied ?? (!o ? 'not returned by the property collector' : 'no configuration returned (an inaccessible or orphaned VM)') });
      continue;
    }
    const keyId = o.props.get('config.keyId');
    const devices = kids(o.props.get('config.hardware.device'), 'VirtualDevice');
    const isolation: Record<string, string> = {};
    for (const [k, v] of valOptions(o.props.get('config.extraConfig'))) if (k.toLowerCase().startsWith('isolation.tools.')) isolation[k] = v;
    const provider = keyId ? childText(kid(keyId, 'providerId'), 'id') : '';
    const vm: VsphereVm = {
      id,
      name,
      powerState: valText(o.props.get('runtime.powerState')) || (l?.state ?? '').toLowerCase(),
      template: valBool(o.props.get('config.template')),
      encrypted: keyId !== undefined && childText(keyId, 'keyId') !== '',
      ...(provider ? { keyProvider: provider } : {}),
      vtpm: devices.some((d: XmlNode) => attrOf(d, 'type') === 'VirtualTPM'),
      firmware: valText(o.props.get('config.firmware')),
      secureBoot: valBool(o.props.get('config.bootOptions.efiSecureBootEnabled')),
      isolation,
    };
    out.vms.push(vm);
  }
  return out;
}

// --- the REST API's JSON (developer.broadcom.com, vSphere Automation API reference) ---

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function shape(path: string, ok: boolean): void {
  if (!ok) throw new Error(`GET ${path}: answer is not shaped as the API reference gives it`);
}

/** GET /api/vcenter/host (Host.Summary[]) or /api/vcenter/vm (VM.Summary[]) to ids, names, states. */
export function listed(path: string, body: unknown, idKey: 'host' | 'vm', stateKey: 'connection_state' | 'power_state'): Listed[] {
  shape(path, Array.isArray(body) && body.every((x) => isRecord(x) && typeof x[idKey] === 'string'));
  return (body as Record<string, unknown>[]).map((x) => ({ id: String(x[idKey]), name: typeof x.name === 'string' ? x.name : String(x[idKey]), state: typeof x[stateKey] === 'string' ? String(x[stateKey]) : '' }));
}

export function applianceAccess(ssh: unknown, shell: unknown, consolecli: unknown): VsphereApplianceAccessFacts {
  shape('/api/appliance/access/ssh', typeof ssh === 'boolean');
  shape('/api/appliance/access/shell', isRecord(shell) && typeof shell.enabled === 'boolean');
  shape('/api/appliance/access/consolecli', typeof consolecli === 'boolean');
  const s = shell as { enabled: boolean; timeout?: unknown };
  return { ssh: ssh as boolean, shell: { enabled: s.enabled, timeout: typeof s.timeout === 'number' ? s.timeout : 0 }, consoleCli: consolecli as boolean };
}

export function applianceTime(timesync: unknown, ntp: unknown): VsphereApplianceTimeFacts {
  shape('/api/appliance/timesync', typeof timesync === 'string');
  shape('/api/appliance/ntp', Array.isArray(ntp) && ntp.every((s) => typeof s === 'string'));
  return { mode: timesync as string, servers: (ntp as string[]).filter((s) => s !== '') };
}

export function applianceSyslog(forwarding: unknown): VsphereApplianceSyslogFacts {
  shape('/api/appliance/logging/forwarding', Array.isArray(forwarding) && forwarding.every((f) => isRecord(f) && typeof f.hostname === 'string'));
  return { forwarding: (forwarding as Record<string, unknown>[]).map((f) => ({ hostname: String(f.hostname), port: typeof f.port === 'number' ? f.port : 0, protocol: typeof f.protocol === 'string' ? f.protocol : '' })) };
}
