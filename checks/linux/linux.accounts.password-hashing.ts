import { defineCheck } from '../../src/engine/check.js';

const STRONG = new Set(['SHA512', 'YESCRYPT']);

export default defineCheck({
  id: 'linux.accounts.password-hashing',
  title: 'Passwords are hashed with SHA-512 or yescrypt',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.1.4', 'NIST SP 800-63B 5.1.1.2'],
  remediation: 'Set ENCRYPT_METHOD YESCRYPT (or SHA512) in /etc/login.defs and have users change their passwords.',
  messages: { weak: 'ENCRYPT_METHOD is {{value}} (expected SHA512 or YESCRYPT)', unset: 'ENCRYPT_METHOD is not set in /etc/login.defs (shadow-utils falls back to DES)' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    const value = facts.loginDefs.ENCRYPT_METHOD;
    if (value === undefined) return ctx.fail('unset');
    return STRONG.has(value.toUpperCase()) ? ctx.pass(undefined, undefined, { evidence: `ENCRYPT_METHOD ${value}` }) : ctx.fail('weak', { value });
  },
});
