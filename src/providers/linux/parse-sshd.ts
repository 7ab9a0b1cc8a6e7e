// sshd's effective configuration, from `sshd -T` when the daemon could print it, else from the
// config files as sshd reads them: Include expanded in place (glob matches in lexical order),
// the first value of a keyword wins, Match blocks are counted but not folded in (their settings
// apply only to some connections), and OpenSSH's compiled-in defaults fill what is unset.
import { ok, type Outcome } from '../../engine/types.js';
import { attr, commandReason, filesMatching, type Section } from '../shell/sections.js';
import type { ObserveMode, SshdFacts } from '../../kit/linux/facts.js';

/** Keywords that may appear many times; their values accumulate (space-joined). */
const MULTI = new Set(['acceptenv', 'hostkey', 'listenaddress', 'port', 'allowusers', 'denyusers', 'allowgroups', 'denygroups', 'subsystem', 'setenv', 'hostcertificate', 'authorizedkeysfile']);

const DEFAULT_CIPHERS = 'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com';
const DEFAULT_MACS =
  'umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1';
const DEFAULT_KEX =
  'sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256';

/** OpenSSH 9.x server defaults (sshd_config(5)), in sshd -T spelling. */
export const SSHD_DEFAULTS: Readonly<Record<string, string>> = {
  permitrootlogin: 'prohibit-password',
  passwordauthentication: 'yes',
  permitemptypasswords: 'no',
  pubkeyauthentication: 'yes',
  kbdinteractiveauthentication: 'yes',
  hostbasedauthentication: 'no',
  ignorerhosts: 'yes',
  maxauthtries: '6',
  maxsessions: '10',
  maxstartups: '10:30:100',
  logingracetime: '120',
  clientaliveinterval: '0',
  clientalivecountmax: '3',
  x11forwarding: 'no',
  allowagentforwarding: 'yes',
  allowtcpforwarding: 'yes',
  disableforwarding: 'no',
  permituserenvironment: 'no',
  permittunnel: 'no',
  gssapiauthentication: 'no',
  usepam: 'no',
  loglevel: 'INFO',
  banner: 'none',
  ciphers: DEFAULT_CIPHERS,
  macs: DEFAULT_MACS,
  kexalgorithms: DEFAULT_KEX,
};

/** `sshd -T` output: "keyword value" per line, keyword already lower case. */
export function parseSshdT(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const m = /^([a-z0-9]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1] ?? '';
    const value = normalise(key, m[2] ?? '');
    out[key] = out[key] !== undefined && MULTI.has(key) ? `${out[key]} ${value}` : value;
  }
  return out;
}

/** sshd time format (sshd_config(5) TIME FORMATS): "90", "2m", "1h30m" -> seconds. */
export function sshdSeconds(v: string): string {
  if (!/^(\d+[sSmMhHdDwW]?)+$/.test(v)) return v;
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
  let total = 0;
  for (const m of v.matchAll(/(\d+)([a-zA-Z]?)/g)) total += Number(m[1]) * (unit[(m[2] || 's').toLowerCase()] ?? 1);
  return String(total);
}
const TIME_KEYS = new Set(['logingracetime', 'clientaliveinterval']);

function normalise(key: string, value: string): string {
  const v = value.trim();
  if (TIME_KEYS.has(key)) return sshdSeconds(v);
  if (/^(yes|no|true|false)$/i.test(v)) return v.toLowerCase();
  // sshd -T of OpenSSH < 9.x prints the deprecated alias of prohibit-password
  if (key === 'permitrootlogin') return v.toLowerCase() === 'without-password' ? 'prohibit-password' : v.toLowerCase();
  if (key === 'loglevel') return v.toUpperCase();
  return v;
}

/** Glob (*, ?, [...]) to an anchored regex over a whole path. */
function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end > i) {
        const cls = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${cls}]`;
        i = end;
      } else re += '\\[';
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return /^\0never$/;
  }
}

/** Split a config line into keyword and arguments ("Key value", "Key=value", quoted args). */
function splitLine(line: string): { key: string; value: string } | undefined {
  const m = /^\s*([A-Za-z0-9]+)(?:\s*=\s*|\s+)(.*)$/.exec(line);
  if (!m) return undefined;
  const value = (m[2] ?? '').replace(/\s+#.*$/, '').trim();
  return { key: (m[1] ?? '').toLowerCase(), value: value.replace(/^"(.*)"$/, '$1').replace(/\s+/g, ' ') };
}

/** Apply a +/-/^ modifier list to an algorithm default, as sshd does. */
export function applyAlgorithmList(value: string, defaults: string): string {
  const base = defaults.split(',').filter(Boolean);
  const first = value[0];
  const list = value.slice(first === '+' || first === '-' || first === '^' ? 1 : 0).split(',').map((s) => s.trim()).filter(Boolean);
  if (first === '+') return [...base, ...list.filter((a) => !base.includes(a))].join(',');
  if (first === '^') return [...list, ...base.filter((a) => !list.includes(a))].join(',');
  if (first === '-') {
    const drop = list.map(globToRegex);
    return base.filter((a) => !drop.some((re) => re.test(a))).join(',');
  }
  return list.join(',');
}

export interface ConfigFile {
  path: string;
  content: string;
}

/** Effective global settings from the files, as sshd reads them (first value wins). */
export function parseSshdConfig(files: readonly ConfigFile[], mainPath = '/etc/ssh/sshd_config'): Omit<SshdFacts, 'installed' | 'source'> {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const effective: Record<string, string> = {};
  const read: string[] = [];
  const notes: string[] = [];
  let matchBlocks = 0;

  const visit = (path: string, depth: number): void => {
    const content = byPath.get(path);
    if (content === undefined) {
      notes.push(`${path} was not readable`);
      return;
    }
    if (depth > 16) {
      notes.push(`include depth exceeded at ${path}`);
      return;
    }
    read.push(path);
    let inMatch = false;
    for (const line of content.split('\n')) {
      if (/^\s*(#|$)/.test(line)) continue;
      const kv = splitLine(line);
      if (!kv) continue;
      if (kv.key === 'match') {
        inMatch = true;
        matchBlocks++;
        continue;
      }
      if (kv.key === 'include') {
        for (const pattern of kv.value.split(/\s+/).filter(Boolean)) {
          const abs = pattern.startsWith('/') ? pattern : `/etc/ssh/${pattern}`;
          const re = globToRegex(abs);
          const hits = [...byPath.keys()].filter((p) => re.test(p)).sort();
          if (hits.length === 0 && !/[*?[]/.test(abs)) notes.push(`Include ${abs}: not found`);
          for (const hit of hits) visit(hit, depth + 1);
        }
        continue;
      }
      if (inMatch) continue;
      const value = normalise(kv.key, kv.value);
      if (MULTI.has(kv.key)) effective[kv.key] = effective[kv.key] === undefined ? value : `${effective[kv.key]} ${value}`;
      else if (effective[kv.key] === undefined) effective[kv.key] = value;
    }
  };
  visit(mainPath, 0);

  for (const [key, value] of [['ciphers', DEFAULT_CIPHERS], ['macs', DEFAULT_MACS], ['kexalgorithms', DEFAULT_KEX]] as const) {
    const set = effective[key];
    if (set !== undefined) effective[key] = applyAlgorithmList(set, value);
  }
  for (const [key, value] of Object.entries(SSHD_DEFAULTS)) if (effective[key] === undefined) effective[key] = value;
  return { effective, files: read, matchBlocks, notes };
}

/** The linux.sshd fact from the `sshd` section. */
export function parseSshdSection(section: Section, mode: ObserveMode): Outcome<SshdFacts> {
  const binary = attr(section, 'binary') ?? '';
  const files = filesMatching(section, () => true);
  const main = section.files.get('/etc/ssh/sshd_config');
  if (!binary) {
    return ok({ installed: false, source: 'config', effective: {}, files: [], matchBlocks: 0, notes: main?.state === 'file' ? ['sshd_config present but no sshd binary'] : [] });
  }
  const notes: string[] = [];
  const t = section.commands.get('sshd-T');
  if (mode === 'live' && t && t.rc === 0) {
    const effective = parseSshdT(t.output);
    if (Object.keys(effective).length > 0) {
      const fromFiles = parseSshdConfig(files);
      return ok({ installed: true, source: 'sshd -T', effective, files: fromFiles.files, matchBlocks: fromFiles.matchBlocks, notes });
    }
    notes.push('sshd -T printed nothing usable');
  } else if (mode === 'live') {
    notes.push(t ? `sshd -T failed (${commandReason('sshd -T', t)}); read the config files instead` : `sshd -T not run: ${attr(section, 'sshd-T') ?? 'unknown reason'}; read the config files instead`);
  }
  if (!main || main.state !== 'file') {
    const why = main?.state === 'denied' ? 'permission denied' : 'file not found';
    return { ok: false, reason: `cannot read /etc/ssh/sshd_config: ${why}` };
  }
  const parsed = parseSshdConfig(files);
  return ok({ installed: true, source: 'config', ...parsed, notes: [...notes, ...parsed.notes] });
}
