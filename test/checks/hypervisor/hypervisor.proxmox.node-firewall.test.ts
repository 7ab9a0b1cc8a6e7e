import check from '../../../checks/hypervisor/hypervisor.proxmox.node-firewall.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, nodeFirewall, perNode } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [{ 'proxmox.node-firewall': perNode([nodeFirewall('pve1'), nodeFirewall('pve2')]) }],
  fail: [{ facts: { 'proxmox.node-firewall': perNode([nodeFirewall('pve1', { enable: false }), nodeFirewall('pve2')]) }, messageId: 'off', count: 1 }],
  notApplicable: [{ 'proxmox.node-firewall': perNode([]) }],
  error: [
    { facts: { 'proxmox.node-firewall': perNode([nodeFirewall('pve1')], [{ node: 'pve2', reason: 'the node is offline' }]) }, count: 1, name: 'a node that could not be read' },
    { 'proxmox.node-firewall': forbidden('/nodes/pve1/firewall/options') },
  ],
});
