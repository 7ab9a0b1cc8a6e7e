import check from '../../../checks/hypervisor/hypervisor.libvirt.tcp-auth.js';
import { checkTester } from '../../helpers/check-tester.js';
import { config, notApplicable, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [
    { 'libvirt.config': config() },
    { facts: { 'libvirt.config': config({ 'libvirtd.conf': { listen_tcp: 1 } }) }, name: 'TCP with the default SASL' },
    { facts: { 'libvirt.config': config({ 'libvirtd.conf': { auth_tcp: 'none' } }) }, name: 'auth_tcp none but no listener' },
  ],
  fail: [
    { facts: { 'libvirt.config': config({ 'libvirtd.conf': { listen_tcp: 1, auth_tcp: 'none' } }) }, messageId: 'open' },
    { facts: { 'libvirt.config': config({ 'virtproxyd.conf': { auth_tcp: 'none' } }, ['virtproxyd-tcp.socket']) }, name: 'socket-activated virtproxyd' },
  ],
  notApplicable: [{ 'libvirt.config': notApplicable() }],
  error: [{ 'libvirt.config': notCollected('cannot read /etc/libvirt/libvirtd.conf (run as root, or become: sudo)') }],
});
