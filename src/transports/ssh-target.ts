// Settling every option of an SSH hop before anything connects: the inventory's values first,
// then the ssh config's (Host alias), then OpenSSH's defaults; jump hosts from the inventory or
// the config's ProxyJump, resolved the same way.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../engine/errors.js';
import type { AuthSources } from './ssh-auth.js';
import { expandHome, localUserName, parseJumpList, readSshConfig, type JumpSpec, type SshHostConfig } from './ssh-config.js';
import type { SshConnectOptions } from './ssh-types.js';
import { TransportError } from './types.js';

/** One hop, every option settled. */
export interface Hop {
  label: string;
  host: string;
  port: number;
  auth: AuthSources;
  knownHostsFiles: string[];
  /** known_hosts files read but never written (the system-wide one) */
  readOnlyKnownHosts: string[];
  acceptNew: boolean;
  readyTimeoutMs: number;
  signal: AbortSignal;
}

const DEFAULT_IDENTITIES = ['id_ed25519', 'id_ecdsa', 'id_rsa'];
const GLOBAL_KNOWN_HOSTS = '/etc/ssh/ssh_known_hosts';
const MAX_JUMPS = 8;

async function resolveHop(opts: SshConnectOptions): Promise<{ hop: Hop; jumps: SshConnectOptions[] }> {
  let config: SshHostConfig = { identityFiles: [] };
  if (opts.sshConfigFile !== null) {
    const file = expandHome(opts.sshConfigFile ?? '~/.ssh/config');
    try {
      config = await readSshConfig(file, opts.host, { ...(opts.user ? { user: opts.user } : {}), ...(opts.port ? { port: opts.port } : {}) });
    } catch (err) {
      throw new TransportError(`ssh ${opts.host}: ${errorMessage(err)}`);
    }
  }
  const host = config.hostName ?? opts.host;
  const port = opts.port ?? config.port ?? 22;
  const username = opts.user ?? config.user ?? localUserName();
  const identityFiles = [...(opts.identityFiles ?? []).map((p) => ({ path: expandHome(p), explicit: true })), ...config.identityFiles.map((p) => ({ path: p, explicit: true }))];
  // OpenSSH's default keys, only when nobody named any key (an explicit [] means "no key files")
  if (opts.identityFiles === undefined && config.identityFiles.length === 0 && opts.privateKey === undefined) {
    identityFiles.push(...DEFAULT_IDENTITIES.map((f) => ({ path: join(homedir(), '.ssh', f), explicit: false })));
  }
  let agent: string | undefined;
  if (opts.agent !== null) agent = opts.agent ?? (config.identityAgent === 'none' ? undefined : (config.identityAgent ?? process.env.SSH_AUTH_SOCK));
  // a socket path that is not there is skipped rather than an error per attempt
  if (agent && !existsSync(agent)) agent = undefined;
  const defaultKnown = !opts.knownHostsFiles && !config.userKnownHostsFiles;
  const knownHostsFiles = (opts.knownHostsFiles ?? config.userKnownHostsFiles ?? ['~/.ssh/known_hosts']).map((f) => expandHome(f));
  const aliasNote = host !== opts.host ? ` (${opts.host})` : '';
  const hop: Hop = {
    label: `ssh ${username}@${host}:${port}${aliasNote}`,
    host,
    port,
    auth: {
      username,
      ...(agent ? { agent } : {}),
      ...(opts.privateKey !== undefined ? { privateKey: opts.privateKey } : {}),
      ...(opts.passphrase !== undefined ? { passphrase: opts.passphrase } : {}),
      ...(opts.password !== undefined ? { password: opts.password } : {}),
      identityFiles,
    },
    knownHostsFiles,
    readOnlyKnownHosts: defaultKnown ? [GLOBAL_KNOWN_HOSTS] : [],
    acceptNew: opts.acceptNew === true,
    readyTimeoutMs: opts.readyTimeoutMs,
    signal: opts.signal,
  };
  // Jump hosts named by the config inherit the policy (known hosts, agent, config file) but no
  // secret: the target's password or key is not offered to another machine.
  let specs: JumpSpec[] = [];
  try {
    // `Host *` + `ProxyJump bastion` also matches bastion itself: a host never jumps through itself
    if (!opts.jump && config.proxyJump) specs = parseJumpList(config.proxyJump).filter((j) => j.host !== opts.host);
  } catch (err) {
    throw new TransportError(`${hop.label}: ssh config ProxyJump: ${errorMessage(err)}`);
  }
  const jumps =
    opts.jump ??
    (specs.length
      ? specs.map((j) => ({
          host: j.host,
          ...(j.port !== undefined ? { port: j.port } : {}),
          ...(j.user !== undefined ? { user: j.user } : {}),
          ...(opts.agent !== undefined ? { agent: opts.agent } : {}),
          ...(opts.knownHostsFiles ? { knownHostsFiles: opts.knownHostsFiles } : {}),
          ...(opts.acceptNew !== undefined ? { acceptNew: opts.acceptNew } : {}),
          ...(opts.sshConfigFile !== undefined ? { sshConfigFile: opts.sshConfigFile } : {}),
          readyTimeoutMs: opts.readyTimeoutMs,
          signal: opts.signal,
        }))
      : []);
  return { hop, jumps };
}

/** Every hop from the first jump host to the target. The first jump's own ProxyJump applies, as in OpenSSH. */
export async function resolveChain(opts: SshConnectOptions, depth: number): Promise<Hop[]> {
  if (depth > MAX_JUMPS) throw new TransportError(`ssh ${opts.host}: more than ${MAX_JUMPS} jump hosts (ProxyJump loop?)`);
  const { hop, jumps } = await resolveHop(opts);
  if (jumps.length === 0) return [hop];
  const chain = await resolveChain(jumps[0]!, depth + 1);
  for (const j of jumps.slice(1)) chain.push((await resolveHop(j)).hop);
  if (chain.length > MAX_JUMPS) throw new TransportError(`${hop.label}: more than ${MAX_JUMPS} jump hosts`);
  return [...chain, hop];
}
