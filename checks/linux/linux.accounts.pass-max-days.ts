import { defineCheck } from '../../src/engine/check.js';
import { intValue } from '../../src/kit/linux/check-kit.js';

export default defineCheck({
  id: 'linux.accounts.pass-max-days',
  title: 'New passwords expire within 365 days',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.1.1', 'NIST SP 800-53 IA-5(1)'],
  remediation: 'Set PASS_MAX_DAYS 365 (or less) in /etc/login.defs; apply it to existing users with chage --maxdays.',
  messages: { wrong: 'PASS_MAX_DAYS is {{value}} in /etc/login.defs (expected 1 to 365)', unset: 'PASS_MAX_DAYS is not set in /etc/login.defs (expected 1 to 365)' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    const value = facts.loginDefs['PASS_MAX_DAYS'];
    if (value === undefined) return ctx.fail('unset');
    const n = intValue(value);
    return n !== undefined && n > 0 && n <= 365 ? ctx.pass(undefined, undefined, { evidence: `PASS_MAX_DAYS ${value}` }) : ctx.fail('wrong', { value });
  },
});
