import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.accounts.empty-passwords',
  title: 'No account has an empty password',
  severity: 'critical',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 7.2.2', 'CIS Distribution Independent Linux v2.0.0 6.2.1', 'NIST SP 800-53 IA-5'],
  remediation: 'Lock the account (passwd -l NAME) or set a password; remove accounts that are not needed.',
  messages: { empty: '{{name}} has an empty password field in /etc/shadow' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    if (!facts.shadowReadable) return ctx.error(`password states unknown: ${facts.shadowReason ?? '/etc/shadow not readable'}`);
    const empty = facts.accounts.filter((a) => a.password === 'empty');
    if (empty.length === 0) return ctx.pass();
    return empty.map((a) => ctx.fail('empty', { name: a.name }, { resource: { kind: 'account', name: a.name } }));
  },
});
