// `auditpol /get /category:* /r` prints CSV: Machine Name, Policy Target, Subcategory, Subcategory
// GUID, Inclusion Setting, Exclusion Setting (a GPO backup's audit.csv adds Setting Value). Pure.
import type { AuditSubcategory, WindowsAuditpolFacts } from '../../kit/windows/facts.js';

/** One CSV line to fields (double quotes, "" inside quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function parseAuditCsv(text: string): WindowsAuditpolFacts {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.findIndex((l) => /subcategory guid/i.test(l));
  if (header < 0) throw new Error(`no auditpol CSV header (first line: ${JSON.stringify((lines[0] ?? '').slice(0, 120))})`);
  const cols = csvFields(lines[header]!).map((c) => c.trim().toLowerCase());
  const at = (name: string): number => cols.indexOf(name);
  const [iName, iGuid, iIncl] = [at('subcategory'), at('subcategory guid'), at('inclusion setting')];
  if (iName < 0 || iGuid < 0 || iIncl < 0) throw new Error(`auditpol CSV header lacks Subcategory, Subcategory GUID or Inclusion Setting: ${lines[header]}`);
  const subcategories: AuditSubcategory[] = [];
  for (const line of lines.slice(header + 1)) {
    const f = csvFields(line);
    const guid = (f[iGuid] ?? '').trim().toLowerCase();
    if (!/^\{[0-9a-f-]{36}\}$/.test(guid)) continue;
    const inclusion = (f[iIncl] ?? '').trim();
    subcategories.push({ name: (f[iName] ?? '').trim(), guid, inclusion, success: /success/i.test(inclusion), failure: /failure/i.test(inclusion) });
  }
  return { subcategories };
}
