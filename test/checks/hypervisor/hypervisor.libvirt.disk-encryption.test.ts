import check from '../../../checks/hypervisor/hypervisor.libvirt.disk-encryption.js';
import { checkTester } from '../../helpers/check-tester.js';
import { domains, guest, notCollected } from './libvirt-facts.js';

const plain = { device: 'disk', type: 'file', source: '/var/lib/libvirt/images/a.img', format: 'raw', encrypted: false, readonly: false };

checkTester.run(check, {
  pass: [
    { 'libvirt.domains': domains() },
    { facts: { 'libvirt.domains': domains([guest('a', { disks: [{ ...plain, device: 'cdrom', readonly: true }] })]) }, name: 'an installer ISO is not a data disk' },
  ],
  fail: [{ facts: { 'libvirt.domains': domains([guest('a', { disks: [plain] })]) }, messageId: 'plain' }],
  notApplicable: [{ 'libvirt.domains': domains([]) }],
  error: [{ 'libvirt.domains': notCollected() }],
});
