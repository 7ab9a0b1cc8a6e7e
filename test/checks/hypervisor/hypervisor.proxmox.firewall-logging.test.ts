import check from '../../../checks/hypervisor/hypervisor.proxmox.firewall-logging.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, nodeFirewall, perNode } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [{ 'proxmox.node-firewall': perNode([nodeFirewall('pve1', { logLevelIn: 'warning' })]) }],
  fail: [{ facts: { 'proxmox.node-firewall': perNode([nodeFirewall('pve1', { logLevelIn: 'nolog' })]) }, messageId: 'silent' }],
  notApplicable: [{ 'proxmox.node-firewall': perNode([]) }],
  error: [{ 'proxmox.node-firewall': forbidden('/nodes/pve1/firewall/options') }],
});
