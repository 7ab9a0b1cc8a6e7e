// The pure parsers on real captures (fixtures/windows: NSA SHB's DoD Windows 10 STIG GPO backup,
// InSpec's secedit/auditpol fixtures) and on the ways a run goes wrong.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WINDOWS_FACTS } from '../../../src/kit/windows/facts.js';
import { parseAppLockerXml } from '../../../src/providers/windows/parse-applocker.js';
import { parseAuditCsv } from '../../../src/providers/windows/parse-auditpol.js';
import { decodeInf, parseSecedit } from '../../../src/providers/windows/parse-secedit.js';
import { extractDocument, parseWindowsDocument } from '../../../src/providers/windows/parse.js';
import { collectedFromRun } from '../../../src/providers/windows/provider.js';

const dir = resolve(import.meta.dirname, '../../../fixtures/windows');
const bytes = (name: string): Buffer => readFileSync(join(dir, name));
const doc = (name: string): Record<string, unknown> => JSON.parse(bytes(`${name}.json`).toString('utf8')) as Record<string, unknown>;

describe('secedit / GptTmpl.inf', () => {
  it('reads the UTF-16LE GPO template (BOM FF FE) the same as its UTF-8 conversion', () => {
    const utf16 = bytes('nsa-shb__DoD-Win10-STIG-Computer__GptTmpl.utf16le.inf');
    expect([utf16[0], utf16[1]]).toEqual([0xff, 0xfe]);
    const a = parseSecedit(utf16);
    expect(a).toEqual(parseSecedit(bytes('nsa-shb__DoD-Win10-STIG-Computer__GptTmpl.utf8.inf')));
    expect(a.systemAccess).toMatchObject({ MinimumPasswordLength: 14, PasswordComplexity: 1, PasswordHistorySize: 24, LockoutBadCount: 3, ResetLockoutCount: 15, LockoutDuration: -1, NewGuestName: 'Visitor', LSAAnonymousNameLookup: 0, EnableGuestAccount: 0, ClearTextPassword: 0 });
    expect(a.registryValues['MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\RestrictAnonymousSAM']).toEqual({ type: 4, value: '1' });
    expect(a.registryValues['MACHINE\\System\\CurrentControlSet\\Control\\Lsa\\RestrictRemoteSAM']).toEqual({ type: 1, value: 'O:BAG:BAD:(A;;RC;;;BA)' });
    expect(Object.keys(a.registryValues)).toHaveLength(41);
    expect(a.privilegeRights.SeDenyNetworkLogonRight).toEqual(['*S-1-5-32-546']);
    expect(a.privilegeRights.SeTcbPrivilege).toEqual([]);
    expect(a.privilegeRights.SeInteractiveLogonRight).toEqual(['*S-1-5-32-544', '*S-1-5-32-545']);
  });

  it("reads InSpec's secedit /export fixture (no BOM, quoted names, account names in rights)", () => {
    const p = parseSecedit(bytes('inspec-fixture__secedit-export.inf'));
    expect(p.systemAccess).toEqual({ MaximumPasswordAge: 42, LockoutDuration: -1, RequireLogonToChangePassword: 0, NewAdministratorName: 'Administrator', NewGuestName: 'Guest' });
    expect(p.registryValues['MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\CachedLogonsCount']).toEqual({ type: 1, value: '10' });
    expect(p.privilegeRights.SeServiceLogonRight).toEqual(['DB2ADMNS', 'db2admin']);
  });

  it('refuses text that is not a template', () => {
    expect(() => parseSecedit('The task has completed successfully.')).toThrow(/no \[section\]/);
    expect(decodeInf(Buffer.from('\ufeff[Unicode]', 'utf8'))).toBe('[Unicode]');
  });
});

describe('auditpol CSV', () => {
  it("reads the GPO backup's audit.csv (Setting Value column, empty machine name, 'Audit ' names)", () => {
    const a = parseAuditCsv(bytes('nsa-shb__DoD-Win10-STIG-Computer__audit.csv').toString('utf8'));
    expect(a.subcategories).toHaveLength(21);
    expect(a.subcategories.find((s) => s.guid === '{0cce9215-69ae-11d9-bed3-505054503030}')).toEqual({ name: 'Audit Logon', guid: '{0cce9215-69ae-11d9-bed3-505054503030}', inclusion: 'Success and Failure', success: true, failure: true });
    expect(a.subcategories.find((s) => s.name === 'Audit Process Creation')).toMatchObject({ success: true, failure: false });
  });

  it("reads `auditpol /get /r` as InSpec recorded it (upper-case GUID, machine name)", () => {
    expect(parseAuditCsv(bytes('inspec-fixture__auditpol-get-r.csv').toString('utf8')).subcategories).toEqual([
      { name: 'User Account Management', guid: '{0cce9235-69ae-11d9-bed3-505054503030}', inclusion: 'Success', success: true, failure: false },
    ]);
  });

  it('an output without the header is an error, "No Auditing" is neither success nor failure', () => {
    expect(() => parseAuditCsv('Error 0x00000522 occurred:\r\nA required privilege is not held by the client.')).toThrow(/no auditpol CSV header/);
    const a = parseAuditCsv('Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting\r\nH,System,"Logon, quoted",{0CCE9215-69AE-11D9-BED3-505054503030},No Auditing,\r\n');
    expect(a.subcategories).toEqual([{ name: 'Logon, quoted', guid: '{0cce9215-69ae-11d9-bed3-505054503030}', inclusion: 'No Auditing', success: false, failure: false }]);
  });
});

describe('AppLocker XML', () => {
  it('counts rules per collection; no EnforcementMode is NotConfigured; an empty policy has no collection', () => {
    expect(parseAppLockerXml('<AppLockerPolicy Version="1" />')).toEqual({ collections: [] });
    expect(parseAppLockerXml('<AppLockerPolicy Version="1"><RuleCollection Type="Exe"><FileHashRule Id="x" Name="n" UserOrGroupSid="S-1-1-0" Action="Allow"><Conditions /></FileHashRule></RuleCollection></AppLockerPolicy>')).toEqual({
      collections: [{ type: 'Exe', enforcementMode: 'NotConfigured', rules: 1 }],
    });
    expect(() => parseAppLockerXml('<Other/>')).toThrow(/AppLockerPolicy/);
  });
});

describe('the script document', () => {
  it('a section the host could not run is that fact\'s error with PowerShell\'s message; the others stand', () => {
    const d = doc('hardened');
    d.defender = { ok: false, missing: true, error: "The term 'Get-MpComputerStatus' is not recognized as the name of a cmdlet, function, script file, or operable program." };
    d.bitlocker = { ok: false, missing: false, error: 'Access is denied.\r\nsecond line' };
    delete d.smb;
    const facts = parseWindowsDocument(d);
    expect(facts['windows.defender']).toEqual({ ok: false, reason: "defender: the cmdlet is not available on this host: The term 'Get-MpComputerStatus' is not recognized as the name of a cmdlet, function, script file, or operable program." });
    expect(facts['windows.bitlocker']).toEqual({ ok: false, reason: 'bitlocker: Access is denied.' });
    expect(facts['windows.smb']).toEqual({ ok: false, reason: 'section smb missing from the script output' });
    expect(facts['windows.firewall'].ok).toBe(true);
  });

  it('enum values are named whether ConvertTo-Json wrote numbers or names; a value of the wrong type is an error, not a pass', () => {
    const d = doc('hardened');
    d.firewall = { ok: true, value: { Name: 'Public', Enabled: 'True', DefaultInboundAction: 'Block', DefaultOutboundAction: 'Allow' } };
    d.defender = { ok: true, value: { AMServiceEnabled: true, AntivirusEnabled: true, RealTimeProtectionEnabled: 'maybe', AntivirusSignatureAge: 1 } };
    const facts = parseWindowsDocument(d);
    expect(facts['windows.firewall']).toEqual({ ok: true, value: { profiles: [{ name: 'Public', enabled: 'True', defaultInboundAction: 'Block', defaultOutboundAction: 'Allow' }] } });
    expect(facts['windows.defender']).toEqual({ ok: false, reason: 'cannot read defender: RealTimeProtectionEnabled is not true or false ("maybe")' });
  });

  it('WinRM: the WSMan: drive first; without it the Group Policy values; with neither an error', () => {
    const d = doc('weak');
    d.winrm = { ok: false, missing: false, error: 'The client cannot connect to the destination specified in the request.' };
    expect(parseWindowsDocument(d)['windows.winrm']).toEqual({ ok: false, reason: 'winrm: The client cannot connect to the destination specified in the request. (and no WinRM Group Policy values to fall back on)' });
    expect(parseWindowsDocument({ ...doc('hardened'), winrm: d.winrm })['windows.winrm']).toEqual({ ok: true, value: { configured: false, allowUnencrypted: false, basicAuth: false } });
  });

  it('Hyper-V: a failing section on a host with the role is an error (the role still shows); without the role it is not applicable', () => {
    const d = doc('hardened');
    d.hyperv = { ok: false, missing: false, error: 'You do not have the required permission to complete this task.' };
    const withRole = parseWindowsDocument(d);
    expect(withRole['windows.hyperv']).toEqual({ ok: false, reason: 'hyperv: You do not have the required permission to complete this task.' });
    expect(withRole['windows.os']).toMatchObject({ ok: true, value: { roles: { hyperV: true, domainController: false } } });
    const dc = parseWindowsDocument({ ...doc('dc-hardened'), hyperv: d.hyperv });
    expect(dc['windows.hyperv']).toEqual({ ok: false, reason: 'not a Hyper-V host: the Hyper-V role is not installed', notApplicable: true });
    expect(dc['windows.os']).toMatchObject({ ok: true, value: { productType: 'domain_controller', roles: { hyperV: false, domainController: true } } });
  });

  it('a document of another format gives every fact the same reason', () => {
    const facts = parseWindowsDocument({ format: 'something-else' });
    expect(Object.keys(facts).sort()).toEqual([...WINDOWS_FACTS].sort());
    expect(Object.values(facts).every((f) => !f.ok && /not a ztaudit-windows\/1 document/.test(f.reason))).toBe(true);
  });

  it('finds the JSON among noise, and says why when there is none or it is broken', () => {
    expect(extractDocument('banner\r\n{"a":1}\r\n')).toEqual({ doc: { a: 1 } });
    expect(extractDocument('')).toEqual({ reason: 'the PowerShell script printed no JSON document (no output)' });
    expect(extractDocument('{"format":"ztaudit-windows/1",')).toMatchObject({ reason: expect.stringMatching(/no JSON document/) });
    expect(extractDocument('{"format": }')).toMatchObject({ reason: expect.stringMatching(/^the PowerShell script printed invalid JSON: /) });
  });
});

describe('a run to facts (collectedFromRun)', () => {
  const json = bytes('hardened.json').toString('utf8');

  it('a full document: every fact collected, the target ok', () => {
    const r = collectedFromRun({ stdout: json, stderr: '', code: 0 });
    expect(r.status).toBe('ok');
    expect(Object.keys(r.facts).sort()).toEqual([...WINDOWS_FACTS].sort());
    expect(Object.values(r.facts).filter((f) => !f.ok && !f.notApplicable)).toEqual([]);
  });

  it('one section failed: partial, and the reason is that fact\'s', () => {
    const d = doc('hardened');
    d.auditpol = { ok: false, missing: false, error: 'auditpol /get exited 1: Error 0x00000522 occurred' };
    const r = collectedFromRun({ stdout: JSON.stringify(d), stderr: '', code: 0 });
    expect(r.status).toBe('partial');
    expect(r.facts['windows.auditpol']).toEqual({ ok: false, reason: 'auditpol: auditpol /get exited 1: Error 0x00000522 occurred' });
  });

  it("non-zero exit with no JSON: unreachable with PowerShell's first stderr line (not its CLIXML header)", () => {
    const r = collectedFromRun({ stdout: '', stderr: "#< CLIXML\r\n'powershell.exe' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n", code: 1 });
    expect(r.status).toBe('unreachable');
    expect(r.error).toBe("powershell.exe exited 1: 'powershell.exe' is not recognized as an internal or external command,");
    expect(r.facts['windows.os']).toEqual({ ok: false, reason: r.error });
  });

  it('exit 0 with no JSON, or invalid JSON: every fact an error with the reason, the target unreachable', () => {
    const none = collectedFromRun({ stdout: 'Windows PowerShell\r\nCopyright (C) Microsoft Corporation.\r\n', stderr: '', code: 0 });
    expect(none.status).toBe('unreachable');
    expect(none.error).toBe('the PowerShell script printed no JSON document (its output begins: "Windows PowerShell")');
    const broken = collectedFromRun({ stdout: json.slice(0, 2000), stderr: '', code: 0 });
    expect(broken.error).toMatch(/^the PowerShell script printed (invalid JSON|no JSON document)/);
    expect(Object.values(broken.facts).every((f) => !f.ok)).toBe(true);
  });

  it('output over the cap or a timeout: unreachable with the transport\'s reason, never a half-read document', () => {
    const capped = collectedFromRun({ stdout: json, stderr: '', code: null, error: 'output over 8388608 bytes' });
    expect(capped).toMatchObject({ status: 'unreachable', error: 'powershell.exe: output over 8388608 bytes' });
    const late = collectedFromRun({ stdout: '', stderr: '', code: null, error: 'timed out after 60s' });
    expect(late.error).toBe('powershell.exe: timed out after 60s');
  });
});
