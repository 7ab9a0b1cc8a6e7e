// OpenSSH known_hosts: parsing, matching one offered host key, and appending a new entry.
// Policy (decided here, applied by the SSH transport):
//   - a key listed under `@revoked` is refused for every host, whatever else the files say;
//   - a line whose key equals the offered key and whose hosts match -> accepted;
//   - hosts match but every key listed for them differs (same or other key type) -> CHANGED,
//     refused always, even when new keys may be recorded;
//   - nothing listed for the host -> unknown: refused, or recorded when accept-new is on.
// `@cert-authority` lines are not supported: they are skipped, never taken as a match.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { matchPatternList } from './ssh-patterns.js';

export interface KnownHostEntry {
  file: string;
  /** 1-based line number in `file` */
  line: number;
  marker?: 'revoked' | 'cert-authority';
  /** the host field as written: a comma list of patterns, or one `|1|salt|hmac` hash */
  hosts: string;
  keyType: string;
  key: Buffer;
}

export type HostKeyCheck =
  | { status: 'ok'; entry: KnownHostEntry }
  | { status: 'revoked'; entry: KnownHostEntry }
  | { status: 'changed'; entry: KnownHostEntry }
  | { status: 'unknown' };

/** The host string known_hosts stores: `host` on port 22, `[host]:port` elsewhere. */
export const knownHostName = (host: string, port: number): string => (port === 22 ? host : `[${host}]:${port}`);

/** The key type named inside an SSH public key blob (`ssh-ed25519`, `ssh-rsa`, ...), or undefined. */
export function keyTypeOfBlob(blob: Buffer): string | undefined {
  if (blob.length < 4) return undefined;
  const len = blob.readUInt32BE(0);
  if (len === 0 || len > 64 || blob.length < 4 + len) return undefined;
  return blob.subarray(4, 4 + len).toString('latin1');
}

/** OpenSSH's fingerprint form: `SHA256:` and unpadded base64 of the blob's SHA-256. */
export const fingerprint = (blob: Buffer): string => `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;

/** Parse one known_hosts file; malformed lines are skipped as OpenSSH does. */
export function parseKnownHosts(text: string, file: string): KnownHostEntry[] {
  const entries: KnownHostEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const fields = raw.trim().split(/\s+/);
    if (!fields[0] || fields[0].startsWith('#')) return;
    let marker: KnownHostEntry['marker'];
    if (fields[0].startsWith('@')) {
      const m = fields.shift();
      if (m === '@revoked') marker = 'revoked';
      else if (m === '@cert-authority') marker = 'cert-authority';
      else return;
    }
    const [hosts, keyType, b64] = fields;
    if (!hosts || !keyType || !b64 || !/^[A-Za-z0-9+/]+=*$/.test(b64)) return;
    const key = Buffer.from(b64, 'base64');
    // The type inside the blob must be the one the line names, or the line is not a key.
    if (keyTypeOfBlob(key) !== keyType) return;
    entries.push({ file, line: i + 1, ...(marker ? { marker } : {}), hosts, keyType, key });
  });
  return entries;
}

/** Does an entry's host field name this host string (`host` or `[host]:port`)? */
export function hostFieldMatches(hosts: string, name: string): boolean {
  if (hosts.startsWith('|1|')) {
    // Hashed: |1|base64(salt)|base64(HMAC-SHA1(key=salt, data=name)); no patterns possible.
    const [, , salt, mac] = hosts.split('|');
    if (!salt || !mac) return false;
    const want = Buffer.from(mac, 'base64');
    const got = createHmac('sha1', Buffer.from(salt, 'base64')).update(name.toLowerCase()).digest();
    return want.length === got.length && timingSafeEqual(want, got);
  }
  return matchPatternList(hosts.split(','), name.toLowerCase());
}

/** Check an offered host key against the entries of all known_hosts files, in file order. */
export function checkHostKey(entries: readonly KnownHostEntry[], host: string, port: number, blob: Buffer): HostKeyCheck {
  // A revoked key stays revoked whichever host it is presented for.
  const revoked = entries.find((e) => e.marker === 'revoked' && e.key.equals(blob));
  if (revoked) return { status: 'revoked', entry: revoked };
  const name = knownHostName(host, port);
  const forHost = entries.filter((e) => !e.marker && hostFieldMatches(e.hosts, name));
  const same = forHost.find((e) => e.key.equals(blob));
  if (same) return { status: 'ok', entry: same };
  if (forHost.length === 0) return { status: 'unknown' };
  const type = keyTypeOfBlob(blob);
  return { status: 'changed', entry: forHost.find((e) => e.keyType === type) ?? forHost[0]! };
}

/** Key types already known for a host, in file order: the client should ask the server for these first. */
export function knownKeyTypes(entries: readonly KnownHostEntry[], host: string, port: number): string[] {
  const name = knownHostName(host, port);
  const types = entries.filter((e) => !e.marker && hostFieldMatches(e.hosts, name)).map((e) => e.keyType);
  return [...new Set(types)];
}

/** `~/...` for paths under the home folder, so messages stay short and say what a person would type. */
export const displayPath = (path: string): string => {
  const home = homedir();
  return home && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
};

/** One line saying why a host key is refused (undefined when it is accepted). */
export function refusalReason(check: HostKeyCheck, host: string, port: number, blob: Buffer, firstFile: string): string | undefined {
  const name = knownHostName(host, port);
  const offered = `${keyTypeOfBlob(blob) ?? 'unknown-type'} ${fingerprint(blob)}`;
  switch (check.status) {
    case 'ok':
      return undefined;
    case 'unknown':
      return `host key for ${name} is not known (${offered}); add it to ${displayPath(firstFile)} or run with --ssh-accept-new`;
    case 'revoked':
      return `host key for ${name} is REVOKED (${offered}, ${displayPath(check.entry.file)} line ${check.entry.line}): refusing`;
    case 'changed': {
      const other = check.entry.keyType === keyTypeOfBlob(blob) ? 'another key' : `a ${check.entry.keyType} key`;
      return `host key for ${name} CHANGED: offered ${offered}, ${displayPath(check.entry.file)} line ${check.entry.line} has ${other}: refusing (possible man-in-the-middle)`;
    }
  }
}

/** Read known_hosts files; a missing one is simply empty. */
export async function loadKnownHosts(files: readonly string[]): Promise<KnownHostEntry[]> {
  const all: KnownHostEntry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      throw new Error(`cannot read ${displayPath(file)}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    all.push(...parseKnownHosts(text, file));
  }
  return all;
}

/** Record a host key as OpenSSH accept-new does: one plain line; a new file is 0600, a new folder 0700. */
export async function appendKnownHost(file: string, host: string, port: number, blob: Buffer): Promise<void> {
  const type = keyTypeOfBlob(blob);
  if (!type) throw new Error('host key blob has no key type');
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  let prefix = '';
  try {
    const existing = await readFile(file);
    if (existing.length > 0 && existing[existing.length - 1] !== 0x0a) prefix = '\n';
  } catch {
    /* missing: created below */
  }
  await appendFile(file, `${prefix}${knownHostName(host, port)} ${type} ${blob.toString('base64')}\n`, { mode: 0o600 });
}
