import check from '../../../checks/hypervisor/hypervisor.libvirt.hostdev-passthrough.js';
import { checkTester } from '../../helpers/check-tester.js';
import { domains, guest, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [{ 'libvirt.domains': domains([guest('a'), guest('b')]) }],
  fail: [
    { facts: { 'libvirt.domains': domains([guest('a', { hostdevs: [{ type: 'pci', id: '0000:65:00.0' }] })]) }, messageId: 'passthrough' },
    { 'libvirt.domains': domains([guest('a', { hostdevs: [{ type: 'usb', id: '046d:c52b' }] })]) },
  ],
  notApplicable: [{ 'libvirt.domains': domains([]) }],
  error: [{ 'libvirt.domains': notCollected() }],
});
