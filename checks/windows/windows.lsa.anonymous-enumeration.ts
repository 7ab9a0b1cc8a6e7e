import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, secpolNumber } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.lsa.anonymous-enumeration',
  title: 'Anonymous users cannot enumerate accounts, shares or translate SIDs',
  rationale: 'Anonymous SAM and share enumeration and SID/name translation give an unauthenticated attacker the list of accounts to spray passwords at, and the real name of a renamed Administrator.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry', 'windows.secpol'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Security Options: 'Network access: Allow anonymous SID/Name translation' = Disabled; 'Do not allow anonymous enumeration of SAM accounts' = Enabled; 'Do not allow anonymous enumeration of SAM accounts and shares' = Enabled; 'Let Everyone permissions apply to anonymous users' = Disabled",
    'Microsoft, Network access: Allow anonymous SID/Name translation: https://learn.microsoft.com/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/network-access-allow-anonymous-sidname-translation',
  ],
  remediation: 'In Security Options set: Allow anonymous SID/Name translation = Disabled (LSAAnonymousNameLookup = 0); Do not allow anonymous enumeration of SAM accounts (RestrictAnonymousSAM = 1) and of SAM accounts and shares (RestrictAnonymous = 1) = Enabled; Let Everyone permissions apply to anonymous users = Disabled.',
  messages: { open: '{{what}}' },
  evaluate({ 'windows.registry': reg, 'windows.secpol': pol }, ctx) {
    const problems: string[] = [];
    const lookup = secpolNumber(pol, 'LSAAnonymousNameLookup');
    if (lookup === undefined) return ctx.error('secedit did not export LSAAnonymousNameLookup');
    if (lookup !== 0) problems.push('anonymous SID/name translation is allowed (LSAAnonymousNameLookup = 1)');
    // documented defaults when unset: RestrictAnonymousSAM 1, RestrictAnonymous 0, EveryoneIncludesAnonymous 0
    if ((regNumber(reg, REG.restrictAnonymousSam) ?? 1) !== 1) problems.push('anonymous enumeration of SAM accounts is allowed (RestrictAnonymousSAM = 0)');
    if ((regNumber(reg, REG.restrictAnonymous) ?? 0) < 1) problems.push(`anonymous enumeration of SAM accounts and shares is allowed (RestrictAnonymous ${regNumber(reg, REG.restrictAnonymous) ?? 'not set'})`);
    if ((regNumber(reg, REG.everyoneIncludesAnonymous) ?? 0) !== 0) problems.push('Everyone permissions apply to anonymous users (EveryoneIncludesAnonymous = 1)');
    return problems.length ? ctx.fail('open', { what: problems.join('; ') }) : ctx.pass(undefined, undefined, { evidence: 'LSAAnonymousNameLookup = 0, RestrictAnonymousSAM = 1, RestrictAnonymous = 1, EveryoneIncludesAnonymous = 0' });
  },
});
