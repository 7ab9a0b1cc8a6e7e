import { defineCheck } from '../../src/engine/check.js';
import { intValue } from '../../src/kit/linux/check-kit.js';

export default defineCheck({
  id: 'linux.accounts.pass-warn-age',
  title: 'Users are warned 7 days before their password expires',
  severity: 'low',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.1.3', 'NIST SP 800-53 IA-5(1)'],
  remediation: 'Set PASS_WARN_AGE 7 in /etc/login.defs; apply it to existing users with chage --warndays 7.',
  messages: { wrong: 'PASS_WARN_AGE is {{value}} in /etc/login.defs (expected 7 or more)', unset: 'PASS_WARN_AGE is not set in /etc/login.defs (expected 7 or more)' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    const value = facts.loginDefs['PASS_WARN_AGE'];
    if (value === undefined) return ctx.fail('unset');
    const n = intValue(value);
    return n !== undefined && n >= 7 ? ctx.pass(undefined, undefined, { evidence: `PASS_WARN_AGE ${value}` }) : ctx.fail('wrong', { value });
  },
});
