import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.accounts.password-max-age',
  title: 'Every account with a password has it expire within 365 days',
  rationale: 'login.defs only applies to accounts created after it changed; existing users keep their old ageing.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.1.1', 'NIST SP 800-53 IA-5(1)'],
  remediation: 'chage --maxdays 365 NAME for each listed account (or use keys and lock the password).',
  messages: { never: '{{name}} has a password that never expires (max {{max}} days)' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    if (!facts.shadowReadable) return ctx.error(`password ageing unknown: ${facts.shadowReason ?? '/etc/shadow not readable'}`);
    const withPassword = facts.accounts.filter((a) => a.password === 'set');
    if (withPassword.length === 0) return ctx.notApplicable('no account has a usable password');
    return withPassword.map((a) => {
      const resource = { kind: 'account', name: a.name };
      const max = a.maxDays;
      return max !== undefined && max > 0 && max <= 365 ? ctx.pass(undefined, undefined, { resource }) : ctx.fail('never', { name: a.name, max: max ?? 'unset' }, { resource });
    });
  },
});
