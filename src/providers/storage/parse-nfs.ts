// NFS exports (exports(5)) and network file system mounts (fstab(5), the live mount table).
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import type { MountsFacts, NetMount, NfsExport, NfsFacts } from '../../kit/storage/facts.js';
import type { ObserveMode } from '../../kit/linux/facts.js';
import { attrs, type Section } from '../shell/sections.js';

/** Logical lines: comments dropped, backslash-newline joined; each with its first physical line number. */
export function logicalLines(text: string, comment: RegExp = /^\s*#/): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let acc = '';
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    if (acc === '' && comment.test(raw)) return;
    if (acc === '') start = i + 1;
    const cont = /\\\s*$/.test(raw);
    acc += cont ? raw.replace(/\\\s*$/, ' ') : raw;
    if (!cont) {
      if (acc.trim() !== '') out.push({ line: start, text: acc });
      acc = '';
    }
  });
  if (acc.trim() !== '') out.push({ line: start, text: acc });
  return out;
}

/** exports(5) octal escapes (\040 for a space) in a path. */
const unescape = (s: string): string => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

/** Split an export line into words; a double-quoted path keeps its spaces; "host(opts)" stays one word. */
function words(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m[1] !== undefined ? m[1] : (m[2] ?? ''));
  return out;
}

const ANY = new Set(['*', '0.0.0.0/0', '0.0.0.0/0.0.0.0', '::/0', '*.*']);

function exportFor(path: string, client: string, options: string[], file: string, line: number): NfsExport {
  let readWrite = false;
  let squash: NfsExport['squash'] = 'root_squash';
  let insecure = false;
  let sec = ['sys'];
  let allSquash = false;
  for (const o of options) {
    const [k = '', v] = o.split('=', 2);
    if (k === 'rw') readWrite = true;
    else if (k === 'ro') readWrite = false;
    else if (k === 'no_root_squash') squash = 'no_root_squash';
    else if (k === 'root_squash') squash = 'root_squash';
    else if (k === 'all_squash') allSquash = true;
    else if (k === 'no_all_squash') allSquash = false;
    else if (k === 'insecure') insecure = true;
    else if (k === 'secure') insecure = false;
    else if (k === 'sec' && v) sec = v.split(':').filter(Boolean);
  }
  const anyHost = ANY.has(client);
  const network = !anyHost && (/[*?[\]]/.test(client) || client.startsWith('@') || client.includes('/'));
  return { path, client, options, readWrite, squash: allSquash ? 'all_squash' : squash, insecure, sec, anyHost, network, file, line };
}

/** One exports file into its client entries. */
export function parseExports(text: string, file: string, problems: string[] = []): NfsExport[] {
  const out: NfsExport[] = [];
  for (const { line, text: l } of logicalLines(text)) {
    const ws = words(l.replace(/\s+#.*$/, ''));
    const rawPath = ws.shift();
    if (!rawPath || !rawPath.startsWith('/')) {
      problems.push(`${file}:${line}: not an export line: ${l.trim().slice(0, 120)}`);
      continue;
    }
    const path = unescape(rawPath);
    let defaults: string[] = [];
    if (ws[0]?.startsWith('-')) defaults = ws.shift()!.slice(1).split(',').filter(Boolean);
    // no client at all: exportfs exports to the world ("suggest *(opts) to avoid warning")
    if (ws.length === 0) out.push(exportFor(path, '*', defaults, file, line));
    for (const w of ws) {
      const m = /^([^(]*)(?:\(([^)]*)\)?)?$/.exec(w);
      const client = m?.[1] ?? w;
      const opts = (m?.[2] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
      // "host (rw)" with a space: the bare "(rw)" is a second client, the world
      out.push(exportFor(path, client === '' ? '*' : client, [...defaults, ...opts], file, line));
    }
  }
  return out;
}

export function parseNfsSection(section: Section): Outcome<NfsFacts> {
  const problems: string[] = [];
  const files: string[] = [];
  const exports: NfsExport[] = [];
  const denied = [...section.files].filter(([, f]) => f.state === 'denied').map(([p]) => p);
  denied.push(...attrs(section, 'denied'));
  if (denied.length) return { ok: false, reason: `cannot read ${denied.join(', ')} (not root?)` };
  for (const [path, f] of section.files) {
    if (f.state !== 'file') continue;
    files.push(path);
    exports.push(...parseExports(f.content, path, problems));
  }
  if (files.length === 0) return notApplicableFact('no /etc/exports nor /etc/exports.d/*.exports: this host is not an NFS server');
  if (exports.length === 0 && problems.length === 0) return notApplicableFact(`${files.join(', ')} export nothing: this host is not an NFS server`);
  return ok({ files, exports, problems });
}

// ---- network mounts ------------------------------------------------------------------------------

export const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'ceph', 'glusterfs', 'fuse.glusterfs', 'fuse.sshfs', 'davfs', '9p']);

/** fstab(5) / /proc/mounts lines of a network file system (\040 escapes undone). */
export function networkMounts(text: string, origin: NetMount['origin']): NetMount[] {
  const out: NetMount[] = [];
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    const [spec = '', mountpoint = '', fstype = '', opts = 'defaults'] = l.split(/\s+/);
    if (!NETWORK_FS.has(fstype)) continue;
    out.push({ spec: unescape(spec), mountpoint: unescape(mountpoint), fstype, options: opts.split(',').filter(Boolean), origin });
  }
  return out;
}

export function parseMountsSection(section: Section, mode: ObserveMode): Outcome<MountsFacts> {
  const fstab = section.files.get('/etc/fstab');
  if (fstab?.state === 'denied') return { ok: false, reason: 'cannot read /etc/fstab' };
  const mounts = fstab?.state === 'file' ? networkMounts(fstab.content, 'fstab') : [];
  if (mode === 'live') {
    const live = section.files.get('/proc/self/mounts');
    if (live?.state !== 'file') return { ok: false, reason: 'cannot read /proc/self/mounts' };
    const known = new Set(mounts.map((m) => m.mountpoint));
    for (const m of networkMounts(live.content, 'mounted')) if (!known.has(m.mountpoint)) mounts.push(m);
    return ok({ source: 'fstab+mounts', mounts });
  }
  if (fstab?.state !== 'file') return { ok: false, reason: '/etc/fstab not found in the audited root' };
  return ok({ source: 'fstab', mounts });
}
