import check from '../../../checks/hypervisor/hypervisor.proxmox.token-privsep.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, token, user } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [{ 'proxmox.users': [user('automation@pve', { tokens: [token('terraform')] })] }],
  fail: [{ facts: { 'proxmox.users': [user('root@pam', { tokens: [token('automation', { privsep: false })] })] }, messageId: 'full' }],
  notApplicable: [{ 'proxmox.users': [user('root@pam')] }],
  error: [{ 'proxmox.users': forbidden() }],
});
