// Samba: `testparm -s -v` output (the target's own effective values and defaults), or, when it
// cannot run (a mounted root, Samba tools absent), our reading of smb.conf with its includes.
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import type { SmbFacts, SmbShare } from '../../kit/storage/facts.js';
import type { ObserveMode } from '../../kit/linux/facts.js';
import { attr, attrs, commandReason, type Section } from '../shell/sections.js';

export const SMB_CONF = '/etc/samba/smb.conf';

/** Parameter synonyms (smb.conf(5)); the value of an inverted one is negated. */
const SYNONYMS: Record<string, { name: string; invert?: boolean }> = {
  public: { name: 'guest ok' },
  onlyguest: { name: 'guest only' },
  smbencrypt: { name: 'server smb encrypt' },
  minprotocol: { name: 'server min protocol' },
  maxprotocol: { name: 'server max protocol' },
  protocol: { name: 'server max protocol' },
  writeable: { name: 'read only', invert: true },
  writable: { name: 'read only', invert: true },
  writeok: { name: 'read only', invert: true },
  browsable: { name: 'browseable' },
  allowhosts: { name: 'hosts allow' },
  denyhosts: { name: 'hosts deny' },
  encryptpasswords: { name: 'encrypt passwords' },
};

/** Parameters spelled as testparm prints them, found whatever their spacing. */
const KNOWN = new Map(
  ['server min protocol', 'server max protocol', 'client min protocol', 'server signing', 'client signing', 'server smb encrypt', 'client smb encrypt', 'map to guest',
    'guest ok', 'guest only', 'guest account', 'usershare allow guests', 'read only', 'available', 'path', 'valid users', 'invalid users', 'include', 'restrict anonymous',
    'hosts allow', 'hosts deny', 'security', 'server role', 'workgroup', 'ntlm auth', 'lanman auth', 'printable'].map((n) => [n.replace(/\s+/g, ''), n]),
);

/**
 * Samba defaults (4.11 and later) of the parameters the checks read, used only by the parser:
 * testparm -v prints the target's own.
 */
export const SMB_DEFAULTS: Readonly<Record<string, string>> = {
  'server min protocol': 'SMB2_02',
  'server signing': 'default',
  'server smb encrypt': 'default',
  'map to guest': 'Never',
  'guest ok': 'No',
  'guest only': 'No',
  'usershare allow guests': 'No',
  'read only': 'Yes',
};

const TRUE = /^(yes|true|1|on)$/i;
const FALSE = /^(no|false|0|off)$/i;

/** Parameter names compare without case and whitespace (Samba's strwicmp). */
export function canonicalParam(name: string): { name: string; invert: boolean } {
  const squashed = name.toLowerCase().replace(/\s+/g, '');
  const syn = SYNONYMS[squashed];
  if (syn) return { name: syn.name, invert: syn.invert ?? false };
  const known = KNOWN.get(squashed);
  if (known) return { name: known, invert: false };
  return { name: name.toLowerCase().trim().replace(/\s+/g, ' '), invert: false };
}

/** The signing / encryption enums (smb.conf(5)) in testparm's spelling. */
const SIGNING: readonly [RegExp, string][] = [
  [/^(mandatory|required|forced?|enforced)$/i, 'required'],
  [/^(auto|yes|true|1|on|enabled|if_required)$/i, 'if_required'],
  [/^(no|false|0|off|disabled)$/i, 'No'],
  [/^desired$/i, 'desired'],
  [/^default$/i, 'default'],
];
const ENUM_PARAMS = new Set(['server signing', 'client signing', 'server smb encrypt', 'client smb encrypt']);
const MAP_TO_GUEST = ['Never', 'Bad User', 'Bad Password', 'Bad Uid'];

/** Values as testparm prints them: booleans Yes / No, enums in their canonical spelling; others trimmed. */
export function normalizeValue(value: string, invert = false, name = ''): string {
  const v = value.trim();
  if (ENUM_PARAMS.has(name)) return SIGNING.find(([re]) => re.test(v))?.[1] ?? v;
  if (name === 'map to guest') return MAP_TO_GUEST.find((m) => m.toLowerCase() === v.toLowerCase().replace(/\s+/g, ' ')) ?? v;
  if (name.endsWith(' protocol')) return v.toUpperCase();
  if (TRUE.test(v)) return invert ? 'No' : 'Yes';
  if (FALSE.test(v)) return invert ? 'Yes' : 'No';
  return v;
}

interface RawSection {
  name: string;
  params: Record<string, string>;
}

/**
 * smb.conf with its includes, in Samba's order: an `include =` line is replaced by the included
 * file where it stands. `read(path)` gives a file's text (undefined when it is not there); a file
 * already being included is not read again (a loop), nor below 16 levels.
 */
export function parseSmbConf(main: string, read: (path: string) => string | undefined, problems: string[] = []): { sections: RawSection[]; files: string[] } {
  const sections: RawSection[] = [];
  const byName = new Map<string, RawSection>();
  const files: string[] = [];
  let current: RawSection | undefined;
  const open = (name: string): void => {
    const key = name.toLowerCase();
    // a section named twice continues the first (Samba merges them)
    current = byName.get(key) ?? { name: key === 'global' ? 'global' : name, params: {} };
    if (!byName.has(key)) {
      byName.set(key, current);
      sections.push(current);
    }
  };
  const walk = (path: string, stack: string[]): void => {
    if (stack.includes(path)) {
      problems.push(`include loop: ${[...stack, path].join(' -> ')}`);
      return;
    }
    if (stack.length >= 16) {
      problems.push(`includes nested deeper than 16 at ${path}`);
      return;
    }
    const text = stack.length === 0 ? main : read(path);
    if (text === undefined) {
      if (stack.length > 0) problems.push(`${path} (included from ${stack[stack.length - 1]}) not found`);
      return;
    }
    if (!files.includes(path)) files.push(path);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      let l = lines[i] ?? '';
      // a trailing backslash continues the line
      while (/\\\s*$/.test(l) && i + 1 < lines.length) l = l.replace(/\s*\\\s*$/, ' ') + (lines[++i] ?? '').trim();
      const t = l.trim();
      if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
      const sec = /^\[([^\]]*)\]/.exec(t);
      if (sec) {
        open((sec[1] ?? '').trim());
        continue;
      }
      const eq = t.indexOf('=');
      if (eq <= 0) {
        problems.push(`${path}:${i + 1}: not a parameter: ${t.slice(0, 80)}`);
        continue;
      }
      const rawName = t.slice(0, eq).trim();
      const value = t.slice(eq + 1).trim();
      if (canonicalParam(rawName).name === 'include') {
        if (value.includes('%')) problems.push(`${path}:${i + 1}: include with a macro (${value}) not followed`);
        else if (!value.startsWith('/')) problems.push(`${path}:${i + 1}: relative include ${value} not followed`);
        else walk(value, [...stack, path]);
        continue;
      }
      if (!current) open('global');
      const { name, invert } = canonicalParam(rawName);
      current!.params[name] = normalizeValue(value, invert, name);
    }
  };
  walk(SMB_CONF, []);
  return { sections, files };
}

/** testparm -s [-v] output: "[name]" headers and tab-indented "name = value" lines; stderr chatter ignored. */
export function parseTestparm(output: string): RawSection[] {
  const sections: RawSection[] = [];
  let current: RawSection | undefined;
  for (const line of output.split('\n')) {
    const sec = /^\[([^\]]*)\]\s*$/.exec(line);
    if (sec) {
      current = { name: sec[1] ?? '', params: {} };
      sections.push(current);
      continue;
    }
    const m = /^\t([^=]+?)\s*=\s?(.*)$/.exec(line);
    if (m && current) {
      const { name, invert } = canonicalParam(m[1] ?? '');
      current.params[name] = normalizeValue(m[2] ?? '', invert, name);
    }
  }
  return sections;
}

/** Effective view: [global] (with the parser's defaults filled in) and the shares. */
export function smbFacts(source: SmbFacts['source'], sections: RawSection[], files: string[], problems: string[]): SmbFacts {
  const globalParams = { ...(sections.find((s) => s.name.toLowerCase() === 'global')?.params ?? {}) };
  const defaulted: string[] = [];
  if (source === 'parser') {
    for (const [k, v] of Object.entries(SMB_DEFAULTS)) {
      if (globalParams[k] === undefined) {
        globalParams[k] = v;
        defaulted.push(k);
      }
    }
  }
  const shares: SmbShare[] = sections.filter((s) => s.name.toLowerCase() !== 'global').map((s) => ({ name: s.name, params: { ...s.params } }));
  return { source, file: SMB_CONF, files, global: globalParams, shares, defaulted, problems };
}

export function parseSmbSection(section: Section, mode: ObserveMode): Outcome<SmbFacts> {
  const main = section.files.get(SMB_CONF);
  if (!main || main.state === 'missing') return notApplicableFact(`no ${SMB_CONF}: Samba is not configured`);
  if (main.state === 'denied') return { ok: false, reason: `cannot read ${SMB_CONF}` };
  const problems: string[] = [];
  for (const p of attrs(section, 'includemacro')) problems.push(`include with a macro (${p}) not followed`);
  for (const p of attrs(section, 'includerelative')) problems.push(`relative include ${p} not followed`);
  const testparm = section.commands.get('testparm');
  if (mode === 'live' && testparm) {
    if (testparm.rc !== 0) return { ok: false, reason: commandReason('testparm', testparm) };
    const parsed = parseTestparm(testparm.output);
    if (!parsed.some((s) => s.name === 'global')) return { ok: false, reason: 'testparm printed no [global] section' };
    return ok(smbFacts('testparm', parsed, [SMB_CONF], problems));
  }
  const denied = [...section.files].filter(([, f]) => f.state === 'denied').map(([p]) => p);
  if (denied.length) return { ok: false, reason: `cannot read included ${denied.join(', ')}` };
  const read = (p: string): string | undefined => {
    const f = section.files.get(p);
    return f?.state === 'file' ? f.content : undefined;
  };
  const { sections, files } = parseSmbConf(main.content, read, problems);
  if (attr(section, 'testparm') === 'absent') problems.push('testparm is not installed: smb.conf read by ztaudit with the Samba 4.11+ defaults');
  return ok(smbFacts('parser', sections, files, problems));
}
