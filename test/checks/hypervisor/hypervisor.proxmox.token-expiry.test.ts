import check from '../../../checks/hypervisor/hypervisor.proxmox.token-expiry.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, token, user } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [{ 'proxmox.users': [user('automation@pve', { tokens: [token('terraform', { expire: 1798761600 })] })] }],
  fail: [
    { facts: { 'proxmox.users': [user('alice@pve', { tokens: [token('monitoring', { expire: 0 })] })] }, messageId: 'forever' },
    { facts: { 'proxmox.users': [user('a@pve', { tokens: [token('x', { expire: 0 }), token('y')] })] }, count: 1, name: 'one of two tokens' },
  ],
  notApplicable: [{ 'proxmox.users': [user('root@pam')] }],
  error: [{ 'proxmox.users': forbidden() }],
});
