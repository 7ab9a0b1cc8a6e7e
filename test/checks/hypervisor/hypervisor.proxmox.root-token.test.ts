import check from '../../../checks/hypervisor/hypervisor.proxmox.root-token.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, token, user } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [
    { 'proxmox.users': [user('root@pam'), user('automation@pve', { tokens: [token('terraform')] })] },
  ],
  fail: [
    { facts: { 'proxmox.users': [user('root@pam', { tokens: [token('automation', { privsep: false, expire: 0 })] })] }, messageId: 'rootToken' },
    { facts: { 'proxmox.users': [user('root@pam', { tokens: [token('a'), token('b')] })] }, count: 2, name: 'one result per token' },
  ],
  error: [
    { facts: { 'proxmox.users': [user('auditor@pve')] }, name: 'root@pam not visible to the token' },
    { 'proxmox.users': forbidden() },
  ],
});
