import { defineCheck } from '../../src/engine/check.js';
import { allTokens, tokenRef } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.token-expiry',
  title: 'Every Proxmox VE API token has an expiry date',
  rationale: 'An API token is a bearer secret that skips the second factor; one that never expires outlives the script, the person and the reason it was made for, and a leaked copy works forever.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'advanced',
  targetKinds: ['proxmox'],
  facts: ['proxmox.users'],
  references: [
    'Proxmox VE Administration Guide, User Management: API Tokens (expire): https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_tokens',
    'Proxmox VE API: GET /access/users?full=1, tokens[].expire (https://pve.proxmox.com/pve-docs/api-viewer/#/access/users)',
    'NIST SP 800-53 IA-5(1), AC-2(3)',
  ],
  remediation: 'Give each token an expiry (pveum user token modify USER TOKENID --expire EPOCH), or replace it with one that has one, and rotate it before it expires.',
  messages: { forever: 'API token {{token}} never expires' },
  evaluate({ 'proxmox.users': users }, ctx) {
    const tokens = allTokens(users);
    if (tokens.length === 0) return ctx.notApplicable('no API tokens visible to this token');
    return tokens.map((t) =>
      t.token.expire > 0
        ? ctx.pass(undefined, undefined, { resource: tokenRef(t.fullId), evidence: `expires at ${new Date(t.token.expire * 1000).toISOString()}` })
        : ctx.fail('forever', { token: t.fullId }, { resource: tokenRef(t.fullId) }),
    );
  },
});
