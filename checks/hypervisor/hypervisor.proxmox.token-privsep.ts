import { defineCheck } from '../../src/engine/check.js';
import { allTokens, tokenRef } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.token-privsep',
  title: 'Every Proxmox VE API token has privilege separation',
  rationale: 'A token without privilege separation carries every privilege of its user, so the script that holds it can do whatever the person can; with separation it gets only the ACLs given to the token itself (and never more than its user).',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.users'],
  references: [
    'Proxmox VE Administration Guide, User Management: API Tokens (separated or full privileges): https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_tokens',
    'Proxmox VE API: GET /access/users?full=1, tokens[].privsep (https://pve.proxmox.com/pve-docs/api-viewer/#/access/users)',
    'NIST SP 800-53 AC-6',
    'CISA ZTMM v2 Identity: Access Management (least privilege)',
  ],
  remediation: 'Recreate the token with privilege separation (pveum user token add USER TOKENID --privsep 1) and grant the token only the roles it needs (pveum acl modify PATH --tokens USER!TOKENID --roles ROLE), then remove the old one.',
  messages: { full: 'API token {{token}} has no privilege separation: it holds every privilege of {{user}}' },
  evaluate({ 'proxmox.users': users }, ctx) {
    const tokens = allTokens(users);
    if (tokens.length === 0) return ctx.notApplicable('no API tokens visible to this token');
    return tokens.map((t) =>
      t.token.privsep
        ? ctx.pass(undefined, undefined, { resource: tokenRef(t.fullId), evidence: 'privsep = 1' })
        : ctx.fail('full', { token: t.fullId, user: t.user.userid }, { resource: tokenRef(t.fullId) }),
    );
  },
});
