import { defineCheck } from '../../src/engine/check.js';

/** A monthly cumulative update, plus a few days to test and deploy it. */
const MAX_DAYS = 35;

export default defineCheck({
  id: 'windows.updates.patch-age',
  title: 'An update was installed in the last 35 days',
  rationale: 'Windows ships a cumulative security update every month; a host whose newest update is older than that misses fixes for vulnerabilities that are public and often exploited.',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.updates'],
  references: [
    'NSA, Top Ten Cybersecurity Mitigation Strategies: update and upgrade software immediately',
    'CISA Binding Operational Directive 22-01 (Known Exploited Vulnerabilities)',
    'Microsoft, Get-HotFix: https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-hotfix',
    'NIST SP 800-53 SI-2',
  ],
  remediation: 'Install the latest cumulative update (Windows Update, WSUS or your patch tool) and keep the host in a monthly patch cycle.',
  messages: { stale: 'the newest installed update is from {{date}}, {{days}} days before the scan (at most {{max}})' },
  evaluate({ 'windows.updates': u }, ctx) {
    if (u.daysSinceLastPatch === null || u.lastInstalled === null) return ctx.error(`none of the ${u.hotfixes.length} installed updates has an install date (Get-HotFix InstalledOn)`);
    const evidence = `last update ${u.lastInstalled} (${u.hotfixes.filter((h) => h.installedOn === u.lastInstalled).map((h) => h.id).join(', ')})`;
    return u.daysSinceLastPatch <= MAX_DAYS ? ctx.pass(undefined, undefined, { evidence }) : ctx.fail('stale', { date: u.lastInstalled, days: u.daysSinceLastPatch, max: MAX_DAYS }, { evidence });
  },
});
