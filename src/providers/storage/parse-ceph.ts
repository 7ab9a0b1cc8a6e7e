// Ceph configuration files (/etc/ceph/<cluster>.conf): INI sections, "#" and ";" comments,
// backslash continuation; option names compare with spaces, dashes and underscores alike.
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import type { CephFacts, CephSetting } from '../../kit/storage/facts.js';
import { attrs, type Section } from '../shell/sections.js';

export const cephKey = (name: string): string => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

const SECRET_KEY = /(^|_)(key|keys|secret|password|passwd)$/;

export function parseCephConf(text: string, file: string): CephSetting[] {
  const out: CephSetting[] = [];
  let section = 'global';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i] ?? '';
    while (/\\\s*$/.test(l) && i + 1 < lines.length) l = l.replace(/\s*\\\s*$/, ' ') + (lines[++i] ?? '').trim();
    const t = l.replace(/\s[#;].*$/, '').trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
    const sec = /^\[([^\]]+)\]$/.exec(t);
    if (sec) {
      section = (sec[1] ?? '').trim().toLowerCase();
      continue;
    }
    const eq = t.indexOf('=');
    if (eq <= 0) continue;
    const key = cephKey(t.slice(0, eq));
    let value = t.slice(eq + 1).trim().replace(/^(["'])(.*)\1$/, '$2');
    // the script masks these already; a value that slipped through is never kept
    if (SECRET_KEY.test(key)) value = value === '' || value === 'empty' ? 'empty' : 'set';
    out.push({ file, section, key, value });
  }
  return out;
}

export function parseCephSection(section: Section): Outcome<CephFacts> {
  if (attrs(section, 'denied').length) return { ok: false, reason: 'cannot list /etc/ceph (not root?)' };
  const denied = [...section.files].filter(([, f]) => f.state === 'denied').map(([p]) => p);
  if (denied.length) return { ok: false, reason: `cannot read ${denied.join(', ')}` };
  const files: string[] = [];
  const settings: CephSetting[] = [];
  for (const [path, f] of section.files) {
    if (f.state !== 'file') continue;
    files.push(path);
    settings.push(...parseCephConf(f.content, path));
  }
  if (files.length === 0) return notApplicableFact('no /etc/ceph/*.conf: this host is not a Ceph node or client');
  return ok({ files, settings });
}
