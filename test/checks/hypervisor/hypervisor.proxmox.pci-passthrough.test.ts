import check from '../../../checks/hypervisor/hypervisor.proxmox.pci-passthrough.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, vm, vms } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [{ 'proxmox.vms': vms([vm(100), vm(101)]) }],
  fail: [
    { facts: { 'proxmox.vms': vms([vm(101, { hostpci: ['hostpci0: 0000:01:00.0,pcie=1'] })]) }, messageId: 'passthrough' },
    { facts: { 'proxmox.vms': vms([vm(102, { usbHost: ['usb0: host=046d:c52b'] }), vm(103)]) }, count: 1, name: 'a host USB device' },
  ],
  notApplicable: [{ 'proxmox.vms': vms([]) }],
  error: [
    { facts: { 'proxmox.vms': vms([], { unreadable: [{ name: 'pve1/100 web', reason: 'forbidden: GET /api2/json/nodes/pve1/qemu/100/config: Permission check failed (/vms/100, VM.Audit)' }] }) }, name: 'a guest that could not be read' },
    { 'proxmox.vms': forbidden('/nodes/pve1/qemu') },
  ],
});
