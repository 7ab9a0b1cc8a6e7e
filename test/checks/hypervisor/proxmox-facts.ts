// Builders for proxmox.* fact values in check tests: a hardened cluster's facts plus overrides.
import type {
  PerNode, ProxmoxBackupJob, ProxmoxClusterFirewall, ProxmoxClusterOptions, ProxmoxNodeFirewall, ProxmoxNodeUpdates, ProxmoxRealm, ProxmoxStorage,
  ProxmoxTfaUser, ProxmoxToken, ProxmoxUser, ProxmoxVm, ProxmoxVmsFacts,
} from '../../../src/kit/hypervisor/proxmox.js';

export const forbidden = (path = '/access/users') => ({ ok: false, reason: `forbidden: GET /api2/json${path}: Permission check failed (/access/groups, Sys.Audit)` });

export const token = (tokenid: string, extra: Partial<ProxmoxToken> = {}): ProxmoxToken => ({ tokenid, expire: 1830297600, privsep: true, ...extra });

export const user = (userid: string, extra: Partial<ProxmoxUser> = {}): ProxmoxUser => ({ userid, enable: true, expire: 0, realmType: userid.split('@')[1] === 'pam' ? 'pam' : 'pve', tokens: [], ...extra });

export const realms = (extra: ProxmoxRealm[] = []): ProxmoxRealm[] => [{ realm: 'pam', type: 'pam' }, { realm: 'pve', type: 'pve', default: true }, ...extra];

export const tfa = (userid: string, ...types: string[]): ProxmoxTfaUser => ({ userid, types });

export const clusterFirewall = (extra: Partial<ProxmoxClusterFirewall> = {}): ProxmoxClusterFirewall => ({ enable: true, policyIn: 'DROP', policyOut: 'ACCEPT', ...extra });

export const perNode = <T>(nodes: T[], unreadable: { node: string; reason: string }[] = []): PerNode<T> => ({ nodes, unreadable });

export const nodeFirewall = (node = 'pve1', extra: Partial<ProxmoxNodeFirewall> = {}): ProxmoxNodeFirewall => ({ node, enable: true, logLevelIn: 'info', ...extra });

export const nodeUpdates = (node = 'pve1', packages: ProxmoxNodeUpdates['packages'] = []): ProxmoxNodeUpdates => ({ node, packages });

export const job = (id = 'backup-1', extra: Partial<ProxmoxBackupJob> = {}): ProxmoxBackupJob => ({ id, enabled: true, storage: 'pbs', all: true, vmids: [], exclude: [], schedule: '21:00', ...extra });

export const storage = (name = 'pbs', extra: Partial<ProxmoxStorage> = {}): ProxmoxStorage => ({ storage: name, type: 'pbs', content: ['backup'], encrypted: true, fingerprint: true, disabled: false, ...extra });

export const vm = (vmid = 100, extra: Partial<ProxmoxVm> = {}): ProxmoxVm => ({ vmid, name: `vm${vmid}`, node: 'pve1', status: 'running', template: false, hostpci: [], usbHost: [], agent: false, ...extra });

export const vms = (list: ProxmoxVm[] = [vm()], extra: Partial<ProxmoxVmsFacts> = {}): ProxmoxVmsFacts => ({ vms: list, unreadable: [], guestAgents: [], ...extra });

export const clusterOptions = (extra: Partial<ProxmoxClusterOptions> = {}): ProxmoxClusterOptions => ({ migrationType: 'secure', webauthn: true, ...extra });
