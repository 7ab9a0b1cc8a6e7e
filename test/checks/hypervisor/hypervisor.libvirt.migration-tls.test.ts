import check from '../../../checks/hypervisor/hypervisor.libvirt.migration-tls.js';
import { checkTester } from '../../helpers/check-tester.js';
import { config, notApplicable, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [{ 'libvirt.config': config() }],
  fail: [{ facts: { 'libvirt.config': config({ 'qemu.conf': {} }) }, messageId: 'optional' }, { 'libvirt.config': config({ 'qemu.conf': { migrate_tls_force: 0 } }) }],
  notApplicable: [{ 'libvirt.config': notApplicable() }],
  error: [{ 'libvirt.config': notCollected('cannot read /etc/libvirt/qemu.conf (run as root, or become: sudo)') }],
});
