// Accounts from /etc/passwd, password state and ageing from the script's digest of /etc/shadow
// (the script prints only set/locked/empty/none, never a hash), and /etc/login.defs.
import { ok, type Outcome } from '../../engine/types.js';
import { type Section } from '../shell/sections.js';
import type { Account, AccountsFacts, PasswordState } from '../../kit/linux/facts.js';

const int = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '' || !/^-?\d+$/.test(s.trim())) return undefined;
  return Number(s.trim());
};

export function parsePasswd(text: string): Account[] {
  const out: Account[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('+') || line.startsWith('-')) continue;
    const f = line.split(':');
    if (f.length < 7) continue;
    const uid = int(f[2]);
    const gid = int(f[3]);
    if (uid === undefined || gid === undefined) continue;
    out.push({ name: f[0] ?? '', uid, gid, home: f[5] ?? '', shell: (f[6] ?? '').trim() });
  }
  return out;
}

/** login.defs: "KEY value" lines; later lines win, as in shadow-utils' getdef. */
export function parseLoginDefs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z][A-Z0-9_]*)\s+(.*?)\s*$/.exec(line);
    if (m && !line.trim().startsWith('#')) out[m[1] ?? ''] = (m[2] ?? '').replace(/^"(.*)"$/, '$1');
  }
  return out;
}

const STATES = new Set<PasswordState>(['set', 'locked', 'empty', 'none']);

/** name:state:lastchg:min:max:warn:inactive lines from the script's shadow digest. */
export function parseShadowState(text: string): Map<string, Partial<Account>> {
  const out = new Map<string, Partial<Account>>();
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 7 || !STATES.has(f[1] as PasswordState)) continue;
    const entry: Partial<Account> = { password: f[1] as PasswordState };
    const set = <K extends 'lastChange' | 'minDays' | 'maxDays' | 'warnDays' | 'inactiveDays'>(k: K, v: string | undefined): void => {
      const n = int(v);
      if (n !== undefined) entry[k] = n;
    };
    set('lastChange', f[2]);
    set('minDays', f[3]);
    set('maxDays', f[4]);
    set('warnDays', f[5]);
    set('inactiveDays', f[6]);
    out.set(f[0] ?? '', entry);
  }
  return out;
}

export function parseAccountsSection(section: Section): Outcome<AccountsFacts> {
  const passwd = section.files.get('/etc/passwd');
  if (!passwd || passwd.state !== 'file') {
    return { ok: false, reason: `cannot read /etc/passwd: ${passwd?.state === 'denied' ? 'permission denied' : 'file not found'}` };
  }
  const accounts = parsePasswd(passwd.content);
  if (accounts.length === 0) return { ok: false, reason: '/etc/passwd has no parseable entries' };
  const defsFile = section.files.get('/etc/login.defs');
  const loginDefs = defsFile?.state === 'file' ? parseLoginDefs(defsFile.content) : {};
  const digest = section.commands.get('shadow-state');
  const shadow = section.files.get('/etc/shadow');
  let shadowReadable = false;
  let shadowReason: string | undefined;
  if (digest && digest.rc === 0) {
    shadowReadable = true;
    const states = parseShadowState(digest.output);
    for (const a of accounts) Object.assign(a, states.get(a.name) ?? {});
  } else {
    shadowReason = shadow?.state === 'denied' ? '/etc/shadow: permission denied (run as root)' : shadow?.state === 'missing' ? '/etc/shadow not found' : 'could not read /etc/shadow';
  }
  const uidMin = int(loginDefs.UID_MIN) ?? 1000;
  return ok({ accounts, shadowReadable, ...(shadowReason ? { shadowReason } : {}), loginDefs, uidMin });
}
