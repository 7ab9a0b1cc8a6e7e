// From an inventory or --ssh target to ssh2 connection options. Secrets are resolved from their
// references here, at connection time, and travel nowhere else (ssh-target.ts then settles each hop).
import { resolveCredential } from '../inventory/credentials.js';
import type { Credentials } from '../inventory/schema.js';
import type { TargetSpec } from '../kinds/types.js';
import { parseSshDestination } from './ssh-destination.js';
import type { SshConnectOptions } from './ssh-types.js';
import type { OpenContext } from './types.js';

export function sshOptionsFor(target: TargetSpec, ctx: OpenContext): SshConnectOptions {
  const o = target.options;
  const creds = (o.credentials ?? {}) as Credentials;
  const what = `target ${target.id}`;
  const secret = (field: keyof Credentials): string | undefined => {
    const ref = creds[field];
    return ref === undefined ? undefined : resolveCredential(ref, `${what}: credentials.${field}`);
  };
  const privateKey = secret('privateKey');
  const passphrase = secret('passphrase');
  const password = secret('password');
  const base = {
    ...(privateKey !== undefined ? { privateKey } : {}),
    ...(passphrase !== undefined ? { passphrase } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(typeof o.knownHosts === 'string' ? { knownHostsFiles: [o.knownHosts] } : {}),
    ...(o.acceptNewHostKey === true ? { acceptNew: true } : {}),
    readyTimeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
  };
  const jump = (Array.isArray(o.jump) ? o.jump : []).map((dest: string): SshConnectOptions => {
    const d = parseSshDestination(dest);
    return { ...base, host: d.host, ...(d.port ? { port: d.port } : {}), ...(d.user ? { user: d.user } : {}) };
  });
  return {
    ...base,
    // a libvirt target's address is its URI; the SSH host comes from it (src/kinds/libvirt.ts)
    host: typeof o.sshHost === 'string' ? o.sshHost : (target.address ?? target.name),
    ...(typeof o.port === 'number' ? { port: o.port } : {}),
    ...(typeof o.user === 'string' ? { user: o.user } : {}),
    ...(jump.length ? { jump } : {}),
  };
}
