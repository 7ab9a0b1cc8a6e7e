import check from '../../../checks/hypervisor/hypervisor.proxmox.firewall-input-policy.js';
import { checkTester } from '../../helpers/check-tester.js';
import { clusterFirewall, forbidden } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [
    { 'proxmox.cluster-firewall': clusterFirewall() },
    { facts: { 'proxmox.cluster-firewall': clusterFirewall({ policyIn: 'REJECT' }) }, name: 'REJECT' },
  ],
  fail: [{ facts: { 'proxmox.cluster-firewall': clusterFirewall({ policyIn: 'ACCEPT' }) }, messageId: 'accept' }],
  error: [{ 'proxmox.cluster-firewall': forbidden('/cluster/firewall/options') }],
});
