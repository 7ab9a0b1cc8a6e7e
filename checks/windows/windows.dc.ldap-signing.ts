import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, shown } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.dc.ldap-signing',
  title: 'The domain controller requires LDAP signing',
  rationale: 'Without required signing, unsigned simple and SASL binds are accepted: LDAP sessions can be relayed (NTLM relay to LDAP) and tampered with to add accounts, change group membership or set delegation.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.os', 'windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Security Options (DC only): 'Domain controller: LDAP server signing requirements' = Require signing",
    'Microsoft, 2020, 2023 and 2024 LDAP channel binding and LDAP signing requirements (ADV190023): https://support.microsoft.com/topic/2020-2023-and-2024-ldap-channel-binding-and-ldap-signing-requirements-for-windows-kb4520412-ef185fb8-00f7-167d-744c-f299a66fc00a',
  ],
  remediation: "Security Options on the Domain Controllers GPO: 'Domain controller: LDAP server signing requirements' = Require signing (NTDS\\Parameters LDAPServerIntegrity = 2), after checking the Directory Service log for unsigned binds (event 2889).",
  messages: { optional: 'LDAP signing is not required ({{value}})' },
  evaluate({ 'windows.os': os, 'windows.registry': reg }, ctx) {
    if (!os.roles.domainController) return ctx.notApplicable('not a domain controller');
    const v = regNumber(reg, REG.ldapSigning);
    return v === 2 ? ctx.pass(undefined, undefined, { evidence: shown(REG.ldapSigning, v) }) : ctx.fail('optional', { value: `${shown(REG.ldapSigning, v)}${v === undefined ? ', signing negotiated but not required' : ''}` });
  },
});
