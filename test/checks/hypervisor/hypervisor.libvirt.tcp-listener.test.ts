import check from '../../../checks/hypervisor/hypervisor.libvirt.tcp-listener.js';
import { checkTester } from '../../helpers/check-tester.js';
import { config, notApplicable, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [{ 'libvirt.config': config() }, { 'libvirt.config': config({ 'libvirtd.conf': { listen_tcp: 0, listen_tls: 1 } }, ['libvirtd-tls.socket']) }],
  fail: [{ facts: { 'libvirt.config': config({ 'libvirtd.conf': { listen_tcp: 1 } }) }, messageId: 'listening' }, { 'libvirt.config': config({}, ['libvirtd-tcp.socket']) }],
  notApplicable: [{ 'libvirt.config': notApplicable() }],
  error: [{ 'libvirt.config': notCollected('cannot read /etc/libvirt/libvirtd.conf (run as root, or become: sudo)') }],
});
