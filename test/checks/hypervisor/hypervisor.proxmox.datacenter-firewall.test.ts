import check from '../../../checks/hypervisor/hypervisor.proxmox.datacenter-firewall.js';
import { checkTester } from '../../helpers/check-tester.js';
import { clusterFirewall, forbidden } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [{ 'proxmox.cluster-firewall': clusterFirewall() }],
  fail: [{ facts: { 'proxmox.cluster-firewall': clusterFirewall({ enable: false }) }, messageId: 'off' }],
  error: [{ 'proxmox.cluster-firewall': forbidden('/cluster/firewall/options') }],
});
