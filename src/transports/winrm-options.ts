// From a windows target (--winrm URL or an inventory entry) to the WinRM endpoint: the URL, the
// authentication, the CA file and the credential, resolved from its reference here, at connection
// time, and passed nowhere else.
import { resolveCredential } from '../inventory/credentials.js';
import type { Credentials } from '../inventory/schema.js';
import type { TargetSpec } from '../kinds/types.js';
import { errorMessage } from '../engine/errors.js';
import { TransportError } from './types.js';
import { WINRM_AUTHS, type WinrmAuth } from './winrm-policy.js';
import type { WinrmOptions } from './winrm.js';

/** The variables an ad hoc --winrm target takes its login from (a password never goes on a command line). */
export const WINRM_USER_ENV = 'ZTAUDIT_WINRM_USER';
export const WINRM_PASSWORD_ENV = 'ZTAUDIT_WINRM_PASSWORD';

/** https://host:5986/wsman from a URL, host or host:port (https and 5986 unless said otherwise). */
export function winrmUrl(address: string, port?: number): string {
  if (/^https?:\/\//i.test(address)) {
    const u = new URL(address);
    u.username = '';
    u.password = '';
    if (u.pathname === '/' || u.pathname === '') u.pathname = '/wsman';
    return u.toString();
  }
  const u = new URL(`https://${address}`);
  if (port) u.port = String(port);
  else if (!u.port) u.port = '5986';
  u.pathname = '/wsman';
  return u.toString();
}

export const winrmAuthOf = (v: unknown): WinrmAuth => (typeof v === 'string' && (WINRM_AUTHS as readonly string[]).includes(v.toLowerCase()) ? (v.toLowerCase() as WinrmAuth) : 'ntlm');

export function winrmOptionsFor(target: TargetSpec, env: NodeJS.ProcessEnv = process.env): WinrmOptions {
  const o = target.options;
  const url = winrmUrl(target.address ?? target.name, typeof o.port === 'number' ? o.port : undefined);
  const user = typeof o.user === 'string' && o.user ? o.user : env[WINRM_USER_ENV];
  if (!user) throw new TransportError(`no user name for WinRM: give the inventory user:, the --winrm URL's user@ part, or ${WINRM_USER_ENV}`);
  const ref = ((o.credentials ?? {}) as Credentials).password;
  if (ref === undefined) throw new TransportError(`no password for WinRM: give the inventory credentials.password ({env: NAME} or {file: PATH}), or ${WINRM_PASSWORD_ENV} for --winrm`);
  let password: string;
  try {
    password = resolveCredential(ref, `target ${target.id}: credentials.password`, env);
  } catch (err) {
    throw new TransportError(errorMessage(err));
  }
  return { url, auth: winrmAuthOf(o.auth), user, password, ...(typeof o.ca === 'string' ? { caFile: o.ca } : {}) };
}
