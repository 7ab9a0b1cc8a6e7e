// Pure parsers from the `data` member of Proxmox VE API answers to facts. The API writes booleans
// as 0/1, leaves unset options out, and joins lists into strings ("100,101"); a shape that is not
// what the API viewer documents is an error naming the path, never a guessed pass.
import type {
  ProxmoxBackupJob, ProxmoxClusterFirewall, ProxmoxClusterOptions, ProxmoxNodeFirewall, ProxmoxPendingPackage, ProxmoxRealm,
  ProxmoxStorage, ProxmoxTfaUser, ProxmoxToken, ProxmoxUser, ProxmoxVersionFacts, ProxmoxVm,
} from '../../kit/hypervisor/proxmox.js';

export class ShapeError extends Error {}

type Obj = Readonly<Record<string, unknown>>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function objectOf(data: unknown, what: string): Obj {
  if (!isObj(data)) throw new ShapeError(`${what}: expected an object`);
  return data;
}

function arrayOf(data: unknown, what: string): Obj[] {
  if (!Array.isArray(data)) throw new ShapeError(`${what}: expected a list`);
  return data.filter(isObj);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
/** 0/1, true/false, "0"/"1" as the API writes booleans; `dflt` when unset */
const bool = (v: unknown, dflt: boolean): boolean => (v === undefined || v === null || v === '' ? dflt : v === true || v === 1 || v === '1' || v === 'true');
const int = (v: unknown, dflt = 0): number => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) ? n : dflt;
};
/** "100,101 102" -> [100, 101, 102] */
const idList = (v: unknown): number[] => (str(v) ?? '').split(/[\s,;]+/).filter((x) => /^\d+$/.test(x)).map(Number);

/** A Proxmox property string ("type=secure,network=10.0.0.0/24"; a bare first item is `defaultKey`). */
export function propertyString(v: string, defaultKey?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of v.split(',')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (defaultKey && out[defaultKey] === undefined) out[defaultKey] = part;
      else out[part] = '1';
    } else out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

export function parseVersion(data: unknown): ProxmoxVersionFacts {
  const o = objectOf(data, 'version');
  const version = str(o.version);
  if (!version) throw new ShapeError('version: no version');
  return { version, ...(str(o.release) ? { release: str(o.release)! } : {}), ...(str(o.repoid) ? { repoid: str(o.repoid)! } : {}) };
}

export function parseRealms(data: unknown): ProxmoxRealm[] {
  return arrayOf(data, 'access/domains')
    .filter((r) => str(r.realm))
    .map((r) => ({ realm: str(r.realm)!, type: str(r.type) ?? '', ...(str(r.tfa) ? { tfa: str(r.tfa)! } : {}), ...(bool(r.default, false) ? { default: true } : {}) }))
    .sort((a, b) => a.realm.localeCompare(b.realm));
}

function parseToken(t: Obj): ProxmoxToken | undefined {
  const tokenid = str(t.tokenid);
  if (!tokenid) return undefined;
  return { tokenid, expire: int(t.expire), privsep: bool(t.privsep, true) };
}

export function parseUsers(data: unknown): ProxmoxUser[] {
  return arrayOf(data, 'access/users')
    .filter((u) => str(u.userid))
    .map((u) => ({
      userid: str(u.userid)!,
      enable: bool(u.enable, true),
      expire: int(u.expire),
      ...(str(u['realm-type']) ? { realmType: str(u['realm-type'])! } : {}),
      tokens: (Array.isArray(u.tokens) ? u.tokens.filter(isObj) : []).map(parseToken).filter((t): t is ProxmoxToken => !!t).sort((a, b) => a.tokenid.localeCompare(b.tokenid)),
    }))
    .sort((a, b) => a.userid.localeCompare(b.userid));
}

export function parseTfa(data: unknown): ProxmoxTfaUser[] {
  return arrayOf(data, 'access/tfa')
    .filter((u) => str(u.userid))
    .map((u) => ({
      userid: str(u.userid)!,
      types: [...new Set((Array.isArray(u.entries) ? u.entries.filter(isObj) : []).filter((e) => bool(e.enable, true)).map((e) => str(e.type) ?? '').filter(Boolean))].sort(),
    }))
    .sort((a, b) => a.userid.localeCompare(b.userid));
}

export function parseClusterFirewall(data: unknown): ProxmoxClusterFirewall {
  const o = objectOf(data, 'cluster/firewall/options');
  return { enable: bool(o.enable, false), policyIn: (str(o.policy_in) ?? 'DROP').toUpperCase(), policyOut: (str(o.policy_out) ?? 'ACCEPT').toUpperCase() };
}

export function parseNodeFirewall(node: string, data: unknown): ProxmoxNodeFirewall {
  const o = objectOf(data, `nodes/${node}/firewall/options`);
  return { node, enable: bool(o.enable, true), logLevelIn: str(o.log_level_in) ?? 'nolog' };
}

export function parseUpdates(node: string, data: unknown): ProxmoxPendingPackage[] {
  return arrayOf(data, `nodes/${node}/apt/update`)
    .filter((p) => str(p.Package))
    .map((p) => ({ package: str(p.Package)!, version: str(p.Version) ?? '', ...(str(p.OldVersion) ? { oldVersion: str(p.OldVersion)! } : {}), origin: str(p.Origin) ?? 'unknown' }))
    .sort((a, b) => a.package.localeCompare(b.package));
}

/** GET /nodes: the node names and whether each is online */
export function parseNodes(data: unknown): { node: string; online: boolean }[] {
  return arrayOf(data, 'nodes')
    .filter((n) => str(n.node))
    .map((n) => ({ node: str(n.node)!, online: (str(n.status) ?? 'online') === 'online' }))
    .sort((a, b) => a.node.localeCompare(b.node));
}

export function parseBackupJobs(data: unknown): ProxmoxBackupJob[] {
  return arrayOf(data, 'cluster/backup')
    .filter((j) => str(j.id))
    .map((j) => ({
      id: str(j.id)!,
      enabled: bool(j.enabled, true),
      // vzdump writes to the storage 'local' when neither storage nor dumpdir is given
      storage: str(j.storage) ?? (str(j.dumpdir) ? `dumpdir:${str(j.dumpdir)!}` : 'local'),
      all: bool(j.all, false),
      vmids: idList(j.vmid),
      exclude: idList(j.exclude),
      ...(str(j.pool) ? { pool: str(j.pool)! } : {}),
      ...(str(j.schedule) ? { schedule: str(j.schedule)! } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function parseStorage(data: unknown): ProxmoxStorage[] {
  return arrayOf(data, 'storage')
    .filter((s) => str(s.storage))
    .map((s) => ({
      storage: str(s.storage)!,
      type: str(s.type) ?? '',
      content: (str(s.content) ?? '').split(',').filter(Boolean).sort(),
      // the storage config holds the key's fingerprint (or 1), never the key
      encrypted: s['encryption-key'] !== undefined && s['encryption-key'] !== null && s['encryption-key'] !== '' && s['encryption-key'] !== 0,
      fingerprint: !!str(s.fingerprint),
      disabled: bool(s.disable, false),
    }))
    .sort((a, b) => a.storage.localeCompare(b.storage));
}

/** GET /nodes/{node}/qemu: the guests of one node */
export function parseVmList(node: string, data: unknown): { vmid: number; name: string; status: string; template: boolean }[] {
  return arrayOf(data, `nodes/${node}/qemu`)
    .filter((v) => int(v.vmid, -1) >= 0)
    .map((v) => ({ vmid: int(v.vmid), name: str(v.name) ?? '', status: str(v.status) ?? '', template: bool(v.template, false) }))
    .sort((a, b) => a.vmid - b.vmid);
}

/** GET /nodes/{node}/qemu/{vmid}/config, with what the list said of the guest */
export function parseVmConfig(vm: { vmid: number; name: string; status: string; template: boolean }, node: string, data: unknown): ProxmoxVm {
  const o = objectOf(data, `nodes/${node}/qemu/${vm.vmid}/config`);
  const keys = (prefix: RegExp): string[] => Object.keys(o).filter((k) => prefix.test(k)).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  const hostpci = keys(/^hostpci\d+$/).map((k) => `${k}: ${str(o[k]) ?? ''}`);
  // a USB device of the host (host=VENDOR:PRODUCT or a bus port, or a mapping), not a SPICE redirect
  const usbHost = keys(/^usb\d+$/).filter((k) => {
    const p = propertyString(str(o[k]) ?? '', 'host');
    return p.mapping !== undefined || (p.host !== undefined && p.host !== 'spice');
  }).map((k) => `${k}: ${str(o[k]) ?? ''}`);
  const agent = str(o.agent);
  const vga = str(o.vga);
  // raw QEMU args may carry a secret inline (-object secret,id=s0,data=...; password=...): kept masked
  const args = str(o.args)?.replace(/(^|[\s,])(data|password|passwd|secret|key)=([^,\s]+)/gi, (_m, lead: string, key: string) => `${lead}${key}=(masked)`);
  return {
    vmid: vm.vmid,
    name: str(o.name) ?? vm.name,
    node,
    status: vm.status,
    template: vm.template || bool(o.template, false),
    hostpci,
    usbHost,
    ...(vga ? { vga: propertyString(vga, 'type').type ?? vga } : {}),
    ...(args ? { args } : {}),
    agent: agent ? bool(propertyString(agent, 'enabled').enabled, false) : false,
  };
}

export function parseClusterOptions(data: unknown): ProxmoxClusterOptions {
  const o = objectOf(data, 'cluster/options');
  const migration = str(o.migration) ? propertyString(str(o.migration)!, 'type') : {};
  // migration_unsecure = 1 is the older spelling of type=insecure
  const type = migration.type ?? (bool(o.migration_unsecure, false) ? 'insecure' : 'secure');
  return { migrationType: type, ...(migration.network ? { migrationNetwork: migration.network } : {}), webauthn: !!str(o.webauthn) };
}
