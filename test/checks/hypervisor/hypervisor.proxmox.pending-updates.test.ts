import check from '../../../checks/hypervisor/hypervisor.proxmox.pending-updates.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, nodeUpdates, perNode } from './proxmox-facts.js';

const pkg = (name: string) => ({ package: name, version: '2', oldVersion: '1', origin: 'Proxmox' });

checkTester.run(check, {
  pass: [{ 'proxmox.updates': perNode([nodeUpdates('pve1'), nodeUpdates('pve2')]) }],
  fail: [
    { facts: { 'proxmox.updates': perNode([nodeUpdates('pve1', [pkg('pve-qemu-kvm')]), nodeUpdates('pve2')]) }, messageId: 'behind', count: 1 },
    { facts: { 'proxmox.updates': perNode([nodeUpdates('pve1', Array.from({ length: 12 }, (_, i) => pkg(`p${i}`)))]) }, name: 'a long list is cut' },
  ],
  error: [
    { facts: { 'proxmox.updates': perNode([nodeUpdates('pve2')], [{ node: 'pve1', reason: 'forbidden: GET /api2/json/nodes/pve1/apt/update: Permission check failed (/nodes/pve1, Sys.Modify)' }]) }, count: 1, name: 'a 403 on one node' },
    { 'proxmox.updates': forbidden('/nodes/pve1/apt/update') },
  ],
});
