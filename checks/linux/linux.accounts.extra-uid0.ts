import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.accounts.extra-uid0',
  title: 'root is the only account with UID 0',
  rationale: 'Every UID 0 account is root under another name: a second one is a classic backdoor and defeats accountability.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.2.1', 'CIS Distribution Independent Linux v2.0.0 6.2.5', 'NIST SP 800-53 AC-6'],
  remediation: 'Remove the extra UID 0 accounts (userdel) or give them their own UID; use sudo for delegated root.',
  messages: { extra: '{{name}} has UID 0' },
  evaluate({ 'linux.accounts': facts }, ctx) {
    const extra = facts.accounts.filter((a) => a.uid === 0 && a.name !== 'root');
    if (extra.length === 0) return ctx.pass();
    return extra.map((a) => ctx.fail('extra', { name: a.name }, { resource: { kind: 'account', name: a.name }, evidence: `${a.name}:x:0:${a.gid}:...:${a.shell}` }));
  },
});
