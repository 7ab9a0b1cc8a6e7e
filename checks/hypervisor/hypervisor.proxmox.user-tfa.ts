import { defineCheck } from '../../src/engine/check.js';
import { realmOf, userRef } from '../../src/kit/hypervisor/proxmox-kit.js';

export default defineCheck({
  id: 'hypervisor.proxmox.user-tfa',
  title: 'Every enabled Proxmox VE user has a second factor (its own, or enforced by its realm)',
  rationale: 'A Proxmox VE login controls every guest, disk and network of the cluster; a password alone (phished, reused, guessed) is the whole cluster. TOTP, WebAuthn or a realm that enforces OATH/Yubico stops a stolen password from being enough.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.users', 'proxmox.realms', 'proxmox.tfa'],
  references: [
    'Proxmox VE Administration Guide, User Management: Two-Factor Authentication (https://pve.proxmox.com/pve-docs/chapter-pveum.html)',
    'Proxmox VE API: GET /access/tfa, GET /access/domains (https://pve.proxmox.com/pve-docs/api-viewer/)',
    'NIST SP 800-63B 4.2 (AAL2)',
    'NIST SP 800-53 IA-2(1)',
    'CISA ZTMM v2 Identity: Authentication (phishing-resistant MFA)',
  ],
  remediation: 'Have each user add a TOTP or WebAuthn factor (Datacenter > Permissions > Two Factor, or pveum user tfa) and keep recovery keys offline; for LDAP/AD realms set TFA on the realm (pveum realm modify REALM --tfa type=oath). Disable users that no longer log in (pveum user modify USER --enable 0).',
  messages: { single: '{{user}} logs in with a password only: no TOTP, WebAuthn, U2F or Yubico factor and realm {{realm}} enforces none' },
  evaluate({ 'proxmox.users': users, 'proxmox.realms': realms, 'proxmox.tfa': tfa }, ctx) {
    const factors = new Map(tfa.map((t) => [t.userid, t.types.filter((x) => x !== 'recovery')]));
    const out = users.filter((u) => u.enable).map((u) => {
      const realm = realms.find((r) => r.realm === realmOf(u.userid));
      const resource = userRef(u.userid);
      if (realm?.tfa) return ctx.pass(undefined, undefined, { resource, evidence: `realm ${realm.realm} enforces ${realm.tfa}` });
      const own = factors.get(u.userid) ?? [];
      if (own.length) return ctx.pass(undefined, undefined, { resource, evidence: `second factor: ${own.join(', ')}` });
      if ((realm?.type ?? u.realmType) === 'openid') return ctx.notApplicable(`${u.userid} logs in through OpenID Connect: its second factor is the identity provider's to enforce`, { resource });
      return ctx.fail('single', { user: u.userid, realm: realmOf(u.userid) }, { resource });
    });
    return out.length ? out : ctx.notApplicable('no enabled users visible to this token');
  },
});
