import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, shown } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.dc.ldap-channel-binding',
  title: 'The domain controller always requires LDAPS channel binding',
  rationale: 'Channel binding ties an LDAPS authentication to its TLS channel, so NTLM relayed from another connection into LDAPS is refused.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.os', 'windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Security Options (DC only): 'Domain controller: LDAP server channel binding token requirements' = Always",
    'Microsoft, 2020, 2023 and 2024 LDAP channel binding and LDAP signing requirements (ADV190023): https://support.microsoft.com/topic/2020-2023-and-2024-ldap-channel-binding-and-ldap-signing-requirements-for-windows-kb4520412-ef185fb8-00f7-167d-744c-f299a66fc00a',
  ],
  remediation: "Security Options on the Domain Controllers GPO: 'Domain controller: LDAP server channel binding token requirements' = Always (NTDS\\Parameters LdapEnforceChannelBinding = 2), after checking event 3039 for clients without channel binding.",
  messages: { weak: 'LDAPS channel binding is not always required ({{value}})' },
  evaluate({ 'windows.os': os, 'windows.registry': reg }, ctx) {
    if (!os.roles.domainController) return ctx.notApplicable('not a domain controller');
    const v = regNumber(reg, REG.ldapChannelBinding);
    return v === 2 ? ctx.pass(undefined, undefined, { evidence: shown(REG.ldapChannelBinding, v) }) : ctx.fail('weak', { value: `${shown(REG.ldapChannelBinding, v)}${v === 1 ? ' (when supported)' : v === undefined ? ', never required' : ''}` });
  },
});
