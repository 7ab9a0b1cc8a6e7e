// `secedit /export` output and Group Policy's GptTmpl.inf share one format: an INI file with
// [System Access], [Event Audit], [Registry Values] and [Privilege Rights] sections, written as
// UTF-16LE with a BOM by secedit (a GPO backup may be UTF-8). Pure.
import type { WindowsSecpolFacts } from '../../kit/windows/facts.js';

/** Bytes or text to text: a UTF-16LE (FF FE) or UTF-8 (EF BB BF) BOM decides; no BOM is UTF-8. */
export function decodeInf(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  return b.toString('utf8');
}

const unquote = (v: string): string => (v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v);
const numberOr = (v: string): number | string => (/^-?\d+$/.test(v) ? Number(v) : unquote(v));

/** Parse the INI text; unknown sections are ignored, a line without "=" is skipped. */
export function parseSecedit(input: string | Uint8Array): WindowsSecpolFacts {
  const out: WindowsSecpolFacts = { systemAccess: {}, eventAudit: {}, registryValues: {}, privilegeRights: {} };
  let section = '';
  let sections = 0;
  for (const raw of decodeInf(input).split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';')) continue;
    const head = /^\[(.+)\]$/.exec(line);
    if (head) {
      section = head[1]!.trim().toLowerCase();
      sections++;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (section === 'system access') out.systemAccess[key] = numberOr(value);
    else if (section === 'event audit' && /^-?\d+$/.test(value)) out.eventAudit[key] = Number(value);
    else if (section === 'registry values') {
      const comma = value.indexOf(',');
      if (comma > 0) out.registryValues[key] = { type: Number(value.slice(0, comma)), value: unquote(value.slice(comma + 1)) };
    } else if (section === 'privilege rights') out.privilegeRights[key] = value === '' ? [] : value.split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (sections === 0) throw new Error('not a security template: no [section] header');
  return out;
}
