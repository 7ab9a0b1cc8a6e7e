// What the command line and the inventory need to know about WinRM before any connection: the
// authentication names and when plain HTTP is refused. Kept apart from the client so that
// `--help` and inventory checks do not load NTLM and its crypto.

export type WinrmAuth = 'ntlm' | 'basic';
export const WINRM_AUTHS: readonly WinrmAuth[] = ['ntlm', 'basic'];

/** Why plain HTTP is refused for an endpoint, or undefined when it may be used. */
export function plainHttpRefusal(url: string, auth: WinrmAuth): string | undefined {
  if (!url.startsWith('http:')) return undefined;
  if (auth === 'ntlm') return undefined;
  return `WinRM over plain http:// carries messages only sealed with NTLM, and ${auth} authentication cannot seal them (the password and every answer would cross the network in clear): use https://HOST:5986, or NTLM`;
}
