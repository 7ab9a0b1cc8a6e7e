import { defineCheck } from '../../src/engine/check.js';

const LISTS = ['allowusers', 'allowgroups', 'denyusers', 'denygroups'] as const;

export default defineCheck({
  id: 'linux.ssh.access-restricted',
  title: 'sshd limits which users or groups may log in',
  rationale: 'Least privilege: only the accounts that need remote access should be able to attempt it.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.sshd'],
  references: ['CIS Debian Linux 12 v1.1.0 5.1.4', 'NIST SP 800-53 AC-3', 'NIST SP 800-207 tenet 3'],
  remediation: 'Add "AllowGroups sshusers" (or AllowUsers / DenyUsers / DenyGroups) to sshd_config.',
  messages: { unrestricted: 'none of AllowUsers, AllowGroups, DenyUsers, DenyGroups is set', restricted: '{{list}}' },
  evaluate({ 'linux.sshd': sshd }, ctx) {
    if (!sshd.installed) return ctx.notApplicable('sshd is not installed');
    const set = LISTS.filter((k) => (sshd.effective[k] ?? '').trim() !== '').map((k) => `${k} ${sshd.effective[k] ?? ''}`);
    return set.length > 0 ? ctx.pass('restricted', { list: set.join('; ') }) : ctx.fail('unrestricted');
  },
});
