// iSCSI: the open-iscsi initiator (/etc/iscsi/iscsid.conf) and LIO targets (targetcli's
// /etc/target/saveconfig.json). Credentials arrive as "set" / "empty" (sections.ts masks them).
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import type { IscsiFacts, IscsiInitiator, LioAcl, LioTpg, SecretState } from '../../kit/storage/facts.js';
import type { Section } from '../shell/sections.js';

export const ISCSID_CONF = '/etc/iscsi/iscsid.conf';
export const LIO_SAVECONFIG = '/etc/target/saveconfig.json';

/** iscsid.conf "key = value" lines (comments dropped); only the authentication settings are kept. */
export function parseIscsidConf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    const eq = l.indexOf('=');
    if (eq <= 0) continue;
    const key = l.slice(0, eq).trim();
    if (!/^(node\.session\.auth\.|discovery\.sendtargets\.auth\.)/.test(key)) continue;
    const value = l.slice(eq + 1).trim();
    // a credential the script did not mask is never kept
    out[key] = /(password|username)/.test(key) ? (value === '' || value === 'empty' ? 'empty' : 'set') : value;
  }
  return out;
}

const secret = (v: unknown): SecretState => (typeof v === 'string' && v !== '' && v !== 'empty' ? 'set' : 'empty');
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The iSCSI TPGs of an rtslib saveconfig.json ("targets": [{fabric: "iscsi", wwn, tpgs: [...]}]). */
export function parseSaveconfig(text: string): LioTpg[] {
  const doc = obj(JSON.parse(text) as unknown);
  const out: LioTpg[] = [];
  for (const t of list(doc.targets).map(obj)) {
    if (t.fabric !== undefined && t.fabric !== 'iscsi') continue;
    for (const g of list(t.tpgs).map(obj)) {
      const a = obj(g.attributes);
      const auth = num(a.authentication);
      const acls: LioAcl[] = list(g.node_acls).map(obj).map((n) => ({
        node: String(n.node_wwn ?? ''),
        chapUser: secret(n.chap_userid),
        chapPassword: secret(n.chap_password),
        mutualChapPassword: secret(n.chap_mutual_password),
      }));
      out.push({
        target: String(t.wwn ?? ''),
        tag: num(g.tag) ?? 0,
        enabled: g.enable === undefined ? true : g.enable === true || g.enable === 1,
        authentication: auth === undefined ? null : auth === 1,
        demoMode: num(a.generate_node_acls) === 1,
        demoWriteProtect: num(a.demo_mode_write_protect) !== 0,
        chapPassword: secret(g.chap_password),
        acls,
        portals: list(g.portals).map(obj).map((p) => `${String(p.ip_address ?? '')}:${String(p.port ?? '')}`),
        luns: list(g.luns).length,
      });
    }
  }
  return out;
}

export function parseIscsiSection(section: Section): Outcome<IscsiFacts> {
  const conf = section.files.get(ISCSID_CONF);
  const save = section.files.get(LIO_SAVECONFIG);
  const denied = [conf?.state === 'denied' ? ISCSID_CONF : '', save?.state === 'denied' ? LIO_SAVECONFIG : ''].filter(Boolean);
  if (denied.length) return { ok: false, reason: `cannot read ${denied.join(', ')} (not root?)` };
  if (conf?.state !== 'file' && save?.state !== 'file') return notApplicableFact(`no ${ISCSID_CONF} nor ${LIO_SAVECONFIG}: no iSCSI initiator or LIO target is configured`);
  const problems: string[] = [];
  const initiator: IscsiInitiator | null = conf?.state === 'file' ? { file: ISCSID_CONF, settings: parseIscsidConf(conf.content) } : null;
  let targets: LioTpg[] | null = null;
  if (save?.state === 'file') {
    try {
      targets = parseSaveconfig(save.content);
    } catch (err) {
      return { ok: false, reason: `${LIO_SAVECONFIG} is not valid JSON: ${(err as Error).message}` };
    }
  }
  return ok({ initiator, targets, problems });
}
