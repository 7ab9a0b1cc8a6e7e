// The fixture documents end to end through the real parser and every windows.* check the registry
// loads: the weak server fails each planted weakness by check id, the hardened one fails none, and
// the role checks are not_applicable where the facts show no such role.
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import { loadCatalogue } from '../../../src/engine/registry.js';
import type { Status } from '../../../src/engine/types.js';
import { fixtureFacts, type Fixture } from '../../checks/windows/windows-facts.js';

const checks = (await loadCatalogue()).filter((c) => c.meta.id.startsWith('windows.'));

const HOST_WEAKNESSES = [
  'windows.accounts.guest-disabled', 'windows.accounts.laps', 'windows.accounts.lockout-policy', 'windows.accounts.password-policy', 'windows.appcontrol.enforced',
  'windows.audit.account-management', 'windows.audit.logon', 'windows.audit.process-creation', 'windows.bitlocker.data-volumes', 'windows.bitlocker.os-volume', 'windows.boot.secure-boot',
  'windows.defender.realtime-protection', 'windows.defender.signature-age', 'windows.defender.tamper-protection', 'windows.eventlog.sizes', 'windows.firewall.inbound-default-block',
  'windows.firewall.profiles-enabled', 'windows.lsa.anonymous-enumeration', 'windows.lsa.run-as-ppl', 'windows.lsa.wdigest-disabled', 'windows.network.llmnr-disabled',
  'windows.network.mdns-disabled', 'windows.network.netbios-disabled', 'windows.powershell.module-logging', 'windows.powershell.script-block-logging', 'windows.powershell.v2-removed',
  'windows.rdp.nla', 'windows.rdp.tls', 'windows.schannel.legacy-protocols', 'windows.smb.encryption', 'windows.smb.signing-required', 'windows.smb.v1-disabled', 'windows.uac.enabled',
  'windows.updates.patch-age', 'windows.updates.pending-reboot', 'windows.winrm.basic-auth', 'windows.winrm.unencrypted',
];
const MEMBER_ONLY = ['windows.accounts.local-administrators', 'windows.lsa.credential-guard'];
const HYPERV = ['windows.hyperv.switch-port-acls', 'windows.hyperv.vm-secure-boot', 'windows.hyperv.vm-vtpm'];
const DC = ['windows.dc.ldap-channel-binding', 'windows.dc.ldap-signing'];

const CASES: { fixture: Fixture; fail: string[]; notApplicable: string[] }[] = [
  { fixture: 'hardened', fail: [], notApplicable: DC },
  { fixture: 'weak', fail: [...HOST_WEAKNESSES, ...MEMBER_ONLY, ...HYPERV], notApplicable: DC },
  { fixture: 'dc-hardened', fail: [], notApplicable: [...MEMBER_ONLY, ...HYPERV] },
  { fixture: 'dc-weak', fail: [...HOST_WEAKNESSES, ...DC], notApplicable: [...MEMBER_ONLY, ...HYPERV] },
];

function statuses(fixture: Fixture): Map<string, Set<Status>> {
  const target = { target: { id: `windows:${fixture}`, kind: 'windows' as const, name: fixture }, status: 'ok' as const, durationMs: 0, facts: fixtureFacts(fixture) };
  return new Map(checks.map((c) => [c.meta.id, new Set(evaluateCheck(c, target).map((r) => r.status))]));
}

describe('fixtures/windows through the parser and every windows.* check', () => {
  it('has the catalogue this test expects (at least 30 host checks and 4 role checks)', () => {
    expect(checks.map((c) => c.meta.id).sort()).toEqual([...HOST_WEAKNESSES, ...MEMBER_ONLY, ...HYPERV, ...DC].sort());
    expect(HOST_WEAKNESSES.length + MEMBER_ONLY.length).toBeGreaterThanOrEqual(30);
    expect(HYPERV.length + DC.length).toBeGreaterThanOrEqual(4);
  });

  it.for(CASES)('$fixture: fails exactly the planted weaknesses; role checks not applicable without the role; nothing errors', ({ fixture, fail, notApplicable }) => {
    const s = statuses(fixture);
    const failing = [...s].filter(([, st]) => st.has('fail')).map(([id]) => id).sort();
    expect(failing).toEqual([...fail].sort());
    const na = [...s].filter(([, st]) => st.size === 1 && st.has('not_applicable')).map(([id]) => id).sort();
    expect(na).toEqual([...notApplicable].sort());
    expect([...s].filter(([, st]) => st.has('error')).map(([id]) => id)).toEqual([]);
    // every check that is neither failing nor not applicable passes, on every resource
    for (const [id, st] of s) if (!fail.includes(id) && !notApplicable.includes(id)) expect([...st], id).toEqual(['pass']);
  });
});

describe('schema/facts.schema.json declares the windows facts', () => {
  it('every windows.* key, with the keys of its value; the parsed fixtures validate and a value missing one does not', async () => {
    const { readFileSync } = await import('node:fs');
    const { Ajv } = await import('ajv');
    const { WINDOWS_FACTS } = await import('../../../src/kit/windows/facts.js');
    const schema = JSON.parse(readFileSync(new URL('../../../schema/facts.schema.json', import.meta.url), 'utf8')) as { definitions: { targetFacts: { properties: { facts: { properties: Record<string, unknown> } } } } };
    expect(Object.keys(schema.definitions.targetFacts.properties.facts.properties).filter((k) => k.startsWith('windows.')).sort()).toEqual([...WINDOWS_FACTS].sort());
    const validate = new Ajv({ strict: false }).compile(schema);
    const snapshot = (facts: object) => ({ kind: 'ztaudit-facts', schemaVersion: '1', tool: { name: 'ztaudit', version: '0' }, collectedAt: 'x', targets: [{ target: { id: 'windows:x', kind: 'windows', name: 'x' }, status: 'ok', durationMs: 0, facts }] });
    for (const f of ['hardened', 'weak', 'dc-hardened', 'dc-weak'] as const) expect(validate(snapshot(fixtureFacts(f))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate(snapshot({ 'windows.smb': { ok: true, value: { enableSMB1Protocol: false } } }))).toBe(false);
    expect(validate(snapshot({ 'windows.smb': { ok: false, reason: 'smb: Access is denied.' } }))).toBe(true);
  });
});
