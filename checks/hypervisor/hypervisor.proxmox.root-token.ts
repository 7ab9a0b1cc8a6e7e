import { defineCheck } from '../../src/engine/check.js';
import { allTokens, tokenRef } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.root-token',
  title: 'root@pam has no API tokens',
  rationale: 'root@pam is the Linux superuser of every node: it bypasses all ACLs, and a token of it (with privilege separation or not, root privileges are reachable through it) is an unexpiring bearer secret for the whole cluster that no second factor protects. Automation should use a dedicated user with only the roles it needs.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.users'],
  references: [
    'Proxmox VE Administration Guide, User Management: API Tokens: https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_tokens',
    'Proxmox VE Administration Guide, User Management: Permission Management (root@pam): https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_permission_management',
    'NIST SP 800-53 AC-6(2), AC-6(5)',
    'CISA ZTMM v2 Identity: Access Management',
  ],
  remediation: 'Create a dedicated user (pveum user add automation@pve), give it a role on the paths it needs (pveum acl modify PATH --users automation@pve --roles ROLE), create its token with privilege separation and an expiry, switch the automation over, then remove the root token (pveum user token remove root@pam TOKENID).',
  messages: { rootToken: 'root@pam has API token {{token}}' },
  evaluate({ 'proxmox.users': users }, ctx) {
    const root = users.find((u) => u.userid === 'root@pam');
    if (!root) return ctx.error('root@pam is not in the user list: this token may not read it (it needs Sys.Audit or User.Modify on /access/groups)');
    const tokens = allTokens([root]);
    if (tokens.length === 0) return ctx.pass(undefined, undefined, { evidence: 'root@pam has no API tokens' });
    return tokens.map((t) => ctx.fail('rootToken', { token: t.fullId }, { resource: tokenRef(t.fullId) }));
  },
});
