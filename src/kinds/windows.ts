// Windows hosts over WinRM (or PowerShell over SSH). An ad hoc --winrm target takes its user from
// the URL (https://auditor@host:5986) or ZTAUDIT_WINRM_USER and its password from
// ZTAUDIT_WINRM_PASSWORD, never from the command line; an inventory target from user: and
// credentials.password. Plain http:// is accepted only with NTLM, whose sealing encrypts it.
import { UsageError } from '../engine/errors.js';
import { plainHttpRefusal } from '../transports/winrm-policy.js';
import { winrmAuthOf, winrmUrl, WINRM_PASSWORD_ENV } from '../transports/winrm-options.js';
import { list, text, type KindDefinition } from './definition.js';
import type { TargetSpec } from './types.js';

const AUTHS = ['ntlm', 'basic'];

/** The --winrm-auth value, or a usage error naming the choices. */
export function winrmAuthFlag(v: unknown): 'ntlm' | 'basic' {
  const s = text(v);
  if (s !== undefined && !AUTHS.includes(s.toLowerCase())) throw new UsageError(`bad --winrm-auth "${s}" (expected ntlm or basic)`);
  return winrmAuthOf(s);
}

/** Why a WinRM address cannot be used (not an address; plain http:// without NTLM), or undefined. */
export function winrmEndpointProblem(address: string, port: number | undefined, auth: unknown): string | undefined {
  let url: string;
  try {
    url = winrmUrl(address, port);
  } catch {
    return `bad WinRM address "${address}" (expected https://host:5986 or a host name)`;
  }
  return plainHttpRefusal(url, winrmAuthOf(auth));
}

function winrmTarget(url: string, auth: 'ntlm' | 'basic'): TargetSpec {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`bad --winrm URL "${url}" (expected https://host:5986)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`bad --winrm URL "${url}" (expected https://host:5986)`);
  if (u.password) throw new UsageError(`--winrm ${u.protocol}//${u.host}: a password does not go on the command line; set ${WINRM_PASSWORD_ENV} or use an inventory credentials.password reference`);
  const address = `${u.protocol}//${u.host}${u.pathname !== '/' ? u.pathname : ''}`;
  // refuse what would send the audit (or the password) in clear: exit 2 with the reason
  const refused = winrmEndpointProblem(address, undefined, auth);
  if (refused) throw new UsageError(`--winrm ${address}: ${refused}`);
  return {
    id: `windows:${u.host}`,
    kind: 'windows',
    name: u.hostname,
    address,
    options: {
      transport: 'winrm',
      auth,
      ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
      credentials: { password: { env: WINRM_PASSWORD_ENV } },
    },
  };
}

export const WINDOWS: KindDefinition = {
  kind: 'windows',
  description: 'a Windows host over WinRM or PowerShell over SSH',
  transports: ['winrm', 'ssh'],
  defaultTransport: () => 'winrm',
  flags: [
    { flags: '--winrm <url>', description: `a Windows host over WinRM, https://[user@]host:5986 (repeatable); user from the URL or ZTAUDIT_WINRM_USER, password from ${WINRM_PASSWORD_ENV}`, repeatable: true },
    { flags: '--winrm-auth <scheme>', description: 'WinRM authentication for --winrm: ntlm (default; the only one plain http:// accepts, sealed) or basic (https only)' },
  ],
  fromFlags: (f) => {
    const urls = list(f.winrm);
    const auth = winrmAuthFlag(f.winrmAuth);
    return urls.map((u) => winrmTarget(u, auth));
  },
  sarifPrefix: 'windows',
};
