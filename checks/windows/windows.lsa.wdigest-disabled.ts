import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, shown, unreadableUnder } from '../../src/kit/windows/check-kit.js';

/** Windows 8.1 / Server 2012 R2 (build 9600) and later keep no WDigest plaintext unless UseLogonCredential = 1. */
const DEFAULT_OFF_FROM_BUILD = 9600;

export default defineCheck({
  id: 'windows.lsa.wdigest-disabled',
  title: 'WDigest does not keep plaintext passwords in memory',
  rationale: 'With UseLogonCredential = 1, LSASS keeps every logged-on user\'s password in clear text, and one memory dump hands them all over; attackers set it themselves to harvest passwords.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry', 'windows.os'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, MS Security Guide: 'WDigest Authentication (disabling may require KB2871997)' = Disabled",
    'Microsoft Security Advisory 2871997 (UseLogonCredential): https://learn.microsoft.com/security-updates/securityadvisories/2016/2871997',
    'NSA/CISA, Top Ten Cybersecurity Misconfigurations (2023)',
  ],
  remediation: 'Set HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\WDigest UseLogonCredential = 0 (Group Policy: MS Security Guide > WDigest Authentication = Disabled) and investigate who set it to 1.',
  messages: { on: 'WDigest keeps plaintext credentials ({{value}})' },
  evaluate({ 'windows.registry': reg, 'windows.os': os }, ctx) {
    const v = regNumber(reg, REG.wdigest);
    if (v === 0) return ctx.pass(undefined, undefined, { evidence: shown(REG.wdigest, v) });
    if (v === undefined) {
      const unreadable = unreadableUnder(reg, REG.wdigest);
      if (unreadable) return ctx.error(unreadable);
      if (os.build >= DEFAULT_OFF_FROM_BUILD) return ctx.pass(undefined, undefined, { evidence: `${shown(REG.wdigest, v)} (off by default on build ${os.build})` });
    }
    return ctx.fail('on', { value: `${shown(REG.wdigest, v)}${v === undefined ? `, on by default before build ${DEFAULT_OFF_FROM_BUILD}` : ''}` });
  },
});
