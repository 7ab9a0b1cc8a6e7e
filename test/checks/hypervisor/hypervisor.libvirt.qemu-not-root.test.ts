import check from '../../../checks/hypervisor/hypervisor.libvirt.qemu-not-root.js';
import { checkTester } from '../../helpers/check-tester.js';
import { config, notApplicable, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [{ 'libvirt.config': config() }, { 'libvirt.config': config({ 'qemu.conf': { user: 'libvirt-qemu', group: 'libvirt-qemu' } }) }],
  fail: [{ facts: { 'libvirt.config': config({ 'qemu.conf': { user: 'root' } }) }, messageId: 'root' }, { 'libvirt.config': config({ 'qemu.conf': { user: '+0' } }) }],
  notApplicable: [{ 'libvirt.config': notApplicable() }],
  error: [{ 'libvirt.config': notCollected('cannot read /etc/libvirt/qemu.conf (run as root, or become: sudo)') }],
});
