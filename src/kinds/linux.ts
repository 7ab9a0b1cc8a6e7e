// Linux hosts: this machine (the default target), a mounted root, or hosts over SSH.
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { parseSshDestination } from '../transports/ssh-destination.js';
import { list, text, type KindDefinition } from './definition.js';
import { mustRead } from './read-path.js';
import type { TargetSpec } from './types.js';

export const localTarget = (): TargetSpec => {
  const host = hostname();
  return { id: `linux:local:${host}`, kind: 'linux', name: host, options: { transport: 'local' } };
};

export const LINUX: KindDefinition = {
  kind: 'linux',
  description: 'a Linux host: this machine, a mounted root, or over SSH',
  transports: ['local', 'ssh'],
  defaultTransport: (t) => (t.root || !t.address ? 'local' : 'ssh'),
  flags: [
    { flags: '--local', description: 'this machine (the default when no target is named)' },
    { flags: '--root <dir>', description: 'a Linux root filesystem mounted at DIR, audited instead of /' },
    { flags: '--ssh <dest>', description: 'a Linux host over SSH, [user@]host[:port] (repeatable)', repeatable: true },
    { flags: '--identity <file>', description: 'SSH private key for --ssh' },
    { flags: '--known-hosts <file>', description: 'known_hosts file for SSH host keys (default ~/.ssh/known_hosts)' },
    { flags: '--gpu-advisories <file>', description: 'NVIDIA advisory table (CSV, the columns of data/nvidia/advisories.csv) to judge GPU drivers and the Container Toolkit against, instead of the built-in one' },
    { flags: '--ssh-accept-new', description: "record the host key of an SSH host seen for the first time (OpenSSH's accept-new); a changed key is always refused" },
  ],
  fromFlags(f) {
    const out: TargetSpec[] = [];
    if (f.local === true) out.push(localTarget());
    const rootFlag = text(f.root);
    if (rootFlag) {
      const root = mustRead(rootFlag, '--root folder', true);
      out.push({ id: `linux:root:${root}`, kind: 'linux', name: root, options: { root } });
    }
    const identityFlag = text(f.identity);
    const identity = identityFlag ? mustRead(identityFlag, '--identity key', false) : undefined;
    const knownHosts = text(f.knownHosts) ? resolve(text(f.knownHosts)!) : undefined;
    for (const dest of list(f.ssh)) {
      const d = parseSshDestination(dest);
      out.push({
        id: `linux:ssh:${dest}`,
        kind: 'linux',
        name: d.host,
        address: d.host,
        options: {
          transport: 'ssh',
          ...(d.user ? { user: d.user } : {}),
          ...(d.port ? { port: d.port } : {}),
          ...(identity ? { credentials: { privateKey: { file: identity } } } : {}),
          ...(knownHosts ? { knownHosts } : {}),
        },
      });
    }
    return out;
  },
  sarifPrefix: 'linux',
};
