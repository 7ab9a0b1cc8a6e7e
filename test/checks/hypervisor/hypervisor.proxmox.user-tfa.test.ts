import check from '../../../checks/hypervisor/hypervisor.proxmox.user-tfa.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, realms, tfa, user } from './proxmox-facts.js';

const facts = (users = [user('root@pam')], t = [tfa('root@pam', 'totp', 'recovery')], r = realms()) => ({ 'proxmox.users': users, 'proxmox.realms': r, 'proxmox.tfa': t });

checkTester.run(check, {
  pass: [
    facts(),
    { facts: facts([user('alice@pve')], [tfa('alice@pve', 'webauthn')]), name: 'WebAuthn' },
    { facts: facts([user('ops@corp', { realmType: 'ldap' })], [], realms([{ realm: 'corp', type: 'ldap', tfa: 'oath' }])), name: 'the realm enforces OATH' },
    { facts: facts([user('root@pam'), user('bob@pve', { enable: false })]), name: 'a disabled user is not asked' },
  ],
  fail: [
    { facts: facts([user('root@pam')], []), messageId: 'single' },
    { facts: facts([user('alice@pve')], [tfa('alice@pve', 'recovery')]), name: 'recovery keys alone are no second factor' },
    { facts: facts([user('root@pam'), user('alice@pve')], [tfa('root@pam', 'totp')]), name: 'one user of two', count: 1 },
  ],
  notApplicable: [
    { facts: facts([user('bob@pve', { enable: false })], []), name: 'no enabled user' },
    { facts: facts([user('sso@idp', { realmType: 'openid' })], [], realms([{ realm: 'idp', type: 'openid' }])), name: 'OpenID: the identity provider enforces it' },
  ],
  error: [{ 'proxmox.users': [user('root@pam')], 'proxmox.realms': realms(), 'proxmox.tfa': forbidden('/access/tfa') }],
});
