import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.updates.pending-reboot',
  title: 'No installed update is waiting for a reboot',
  rationale: 'An update that waits for a reboot is installed but not in effect: the vulnerable code still runs.',
  severity: 'low',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.updates'],
  references: [
    'Microsoft, Windows Update: RebootRequired and Component Based Servicing RebootPending markers: https://learn.microsoft.com/windows/deployment/update/windows-update-overview',
    'NIST SP 800-53 SI-2',
  ],
  remediation: 'Reboot the host in its next maintenance window (or schedule it: Windows Update active hours and deadlines).',
  messages: { pending: 'a reboot is pending ({{reasons}})' },
  evaluate({ 'windows.updates': u }, ctx) {
    return u.rebootPending ? ctx.fail('pending', { reasons: u.rebootReasons.join(', ') }) : ctx.pass(undefined, undefined, { evidence: 'no RebootRequired or RebootPending marker' });
  },
});
