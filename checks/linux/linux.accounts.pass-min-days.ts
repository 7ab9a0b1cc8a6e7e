import { defineCheck } from '../../src/engine/check.js';
import { intValue } from '../../src/kit/linux/check-kit.js';

export default defineCheck({
  id: 'linux.accounts.pass-min-days',
  title: 'Passwords cannot be changed again within a day',
  severity: 'low',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.1.2', 'NIST SP 800-53 IA-5(1)'],
  remediation: 'Set PASS_MIN_DAYS 1 in /etc/login.defs; apply it to existing users with chage --mindays 1.',
  messages: { wrong: 'PASS_MIN_DAYS is {{value}} in /etc/login.defs (expected 1 or more)', unset: 'PASS_MIN_DAYS is not set in /etc/login.defs (expected 1 or more)' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    const value = facts.loginDefs['PASS_MIN_DAYS'];
    if (value === undefined) return ctx.fail('unset');
    const n = intValue(value);
    return n !== undefined && n >= 1 ? ctx.pass(undefined, undefined, { evidence: `PASS_MIN_DAYS ${value}` }) : ctx.fail('wrong', { value });
  },
});
