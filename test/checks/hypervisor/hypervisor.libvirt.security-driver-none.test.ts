import check from '../../../checks/hypervisor/hypervisor.libvirt.security-driver-none.js';
import { checkTester } from '../../helpers/check-tester.js';
import { config, notApplicable, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [{ 'libvirt.config': config() }, { 'libvirt.config': config({ 'qemu.conf': { security_driver: ['selinux', 'dac'] } }) }],
  fail: [{ facts: { 'libvirt.config': config({ 'qemu.conf': { security_driver: 'none' } }) }, messageId: 'none' }, { 'libvirt.config': config({ 'qemu.conf': { security_driver: ['none'] } }) }],
  notApplicable: [{ 'libvirt.config': notApplicable() }],
  error: [{ 'libvirt.config': notCollected('cannot read /etc/libvirt/qemu.conf (run as root, or become: sudo)') }],
});
