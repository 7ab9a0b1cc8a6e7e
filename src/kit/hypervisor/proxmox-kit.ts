// Helpers for the hypervisor.proxmox.* checks: one result per node, guest, user or token (a node
// or guest that could not be read is an error for it, never a pass), and reading raw QEMU args for
// network listeners. Pure: no I/O, no clock.
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import type { ResourceRef } from '../../engine/types.js';
import { isLoopback } from './check-kit.js';
import type { PerNode, ProxmoxToken, ProxmoxUser, ProxmoxVm, ProxmoxVmsFacts } from './proxmox.js';
import './proxmox.js';

export const nodeRef = (name: string): ResourceRef => ({ kind: 'Node', name });
/** A guest by its VMID alone (unique in the cluster): its findings keep their fingerprint when it migrates or is renamed. */
export const vmRef = (vm: Pick<ProxmoxVm, 'vmid'>): ResourceRef => ({ kind: 'VM', name: String(vm.vmid) });
export const userRef = (userid: string): ResourceRef => ({ kind: 'User', name: userid });
export const tokenRef = (fullId: string): ResourceRef => ({ kind: 'APIToken', name: fullId });

/** One outcome per node: `judge` returns the problems of a node (empty: it passes); unreadable nodes are errors. */
export function perNode<T extends { node: string }, M extends string>(
  facts: PerNode<T>,
  ctx: CheckContext<M>,
  judge: (n: T) => string[],
  failId: M,
  passEvidence: (n: T) => string,
): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const n of facts.nodes) {
    const problems = judge(n);
    const resource = nodeRef(n.node);
    out.push(problems.length ? ctx.fail(failId, { node: n.node, detail: problems.join('; ') }, { resource, evidence: problems.join('; ') }) : ctx.pass(undefined, undefined, { resource, evidence: passEvidence(n) }));
  }
  for (const u of facts.unreadable) out.push(ctx.error(`node ${u.node}: ${u.reason}`, { resource: nodeRef(u.node) }));
  if (out.length === 0) return [ctx.notApplicable('the API lists no nodes')];
  return out;
}

/** One outcome per guest (templates included); guests that could not be read are errors. */
export function perVm<M extends string>(
  facts: ProxmoxVmsFacts,
  ctx: CheckContext<M>,
  judge: (vm: ProxmoxVm) => string[],
  failId: M,
  passEvidence: (vm: ProxmoxVm) => string,
): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const vm of facts.vms) {
    const problems = judge(vm);
    const resource = vmRef(vm);
    const label = `${vm.node}/${vm.vmid}${vm.name ? ` (${vm.name})` : ''}`;
    out.push(problems.length ? ctx.fail(failId, { vm: label, detail: problems.join('; ') }, { resource, evidence: problems.join('; ') }) : ctx.pass(undefined, undefined, { resource, evidence: passEvidence(vm) }));
  }
  for (const u of facts.unreadable) out.push(ctx.error(`guest ${u.name}: ${u.reason}`, { resource: { kind: 'VM', name: u.name } }));
  if (out.length === 0) return [ctx.notApplicable('no QEMU guests on any node')];
  return out;
}

/** Every API token, by its full id USER@REALM!TOKENID. */
export function allTokens(users: readonly ProxmoxUser[]): { user: ProxmoxUser; token: ProxmoxToken; fullId: string }[] {
  return users.flatMap((user) => user.tokens.map((token) => ({ user, token, fullId: `${user.userid}!${token.tokenid}` })));
}

/** The realm part of USER@REALM. */
export const realmOf = (userid: string): string => userid.slice(userid.lastIndexOf('@') + 1);

/** A listen address only this host can reach ('' is not: QEMU's "-vnc :1" listens on every address). */
const loopbackHost = (host: string): boolean => host !== '' && isLoopback(host.replace(/^\[(.*)\]$/, '$1'));

/**
 * The network listeners raw QEMU arguments (`args:` of a guest) open beyond loopback: VNC displays
 * (`-vnc [host]:N`), SPICE ports (`-spice port=N[,addr=A]`), and TCP/telnet servers for serial ports,
 * monitors, QMP or character devices (`tcp:[host]:port,server`, `-chardev socket,host=,port=,server=on`).
 */
export function argsListeners(args: string): string[] {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const opt = words[i]!.replace(/^--/, '-');
    const val = words[i + 1] ?? '';
    if (opt === '-vnc') {
      const target = val.split(',')[0] ?? '';
      if (!/^(unix:|none$)/.test(target)) {
        const host = target.slice(0, target.lastIndexOf(':'));
        if (!loopbackHost(host)) out.push(`-vnc ${target} listens on ${host || 'every address'}`);
      }
    } else if (opt === '-spice') {
      const p = Object.fromEntries(val.split(',').map((kv) => [kv.split('=')[0] ?? '', kv.split('=').slice(1).join('=')]));
      if ((p.port || p['tls-port']) && !loopbackHost(p.addr ?? '')) out.push(`-spice ${p.port ? `port=${p.port}` : `tls-port=${p['tls-port']}`} listens on ${p.addr || 'every address'}`);
    } else if (opt === '-chardev' && /^socket,/.test(val)) {
      const p = Object.fromEntries(val.split(',').slice(1).map((kv) => [kv.split('=')[0] ?? '', kv.split('=').slice(1).join('=')]));
      const server = p.server !== undefined && p.server !== 'off' && p.server !== 'no';
      if (p.port && server && !loopbackHost(p.host ?? '')) out.push(`-chardev socket port ${p.port} listens on ${p.host || 'every address'}`);
    } else if (['-serial', '-monitor', '-qmp', '-parallel', '-gdb'].includes(opt)) {
      const m = /^(?:tcp|telnet):(\[[^\]]*\]|[^:,]*):(\d+)(,.*)?$/.exec(val);
      if (m && /(^|,)server(=on)?(,|$)/.test(m[3] ?? '') && !loopbackHost(m[1] ?? '')) out.push(`${opt} ${val.split(',')[0]} listens on ${m[1] || 'every address'}`);
    }
  }
  return out;
}
