import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.accounts.default-umask',
  title: 'The default umask keeps new files private to their group (027 or stricter)',
  severity: 'low',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.3.3', 'NIST SP 800-53 AC-6'],
  remediation: 'Set UMASK 027 in /etc/login.defs (and in /etc/profile.d for shells that do not read it).',
  messages: { loose: 'UMASK is {{value}} (expected 027 or stricter)', unset: 'UMASK is not set in /etc/login.defs (default 022)' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    const value = facts.loginDefs.UMASK;
    if (value === undefined) return ctx.fail('unset');
    const mask = /^[0-7]{1,4}$/.test(value) ? parseInt(value, 8) : NaN;
    return !Number.isNaN(mask) && (mask & 0o027) === 0o027 ? ctx.pass(undefined, undefined, { evidence: `UMASK ${value}` }) : ctx.fail('loose', { value });
  },
});
