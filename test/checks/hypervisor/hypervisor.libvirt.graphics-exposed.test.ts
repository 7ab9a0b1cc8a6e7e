import check from '../../../checks/hypervisor/hypervisor.libvirt.graphics-exposed.js';
import { checkTester } from '../../helpers/check-tester.js';
import { domains, guest, notCollected } from './libvirt-facts.js';

const g = (listen: string[], extra: Partial<{ password: boolean; tls: boolean; socket: boolean; type: string }> = {}) => ({ type: 'vnc', listen, socket: false, password: false, tls: false, ...extra });

checkTester.run(check, {
  pass: [
    { 'libvirt.domains': domains() },
    { facts: { 'libvirt.domains': domains([guest('a', { graphics: [g(['0.0.0.0'], { password: true })] })]) }, name: 'beyond loopback with a password' },
    { facts: { 'libvirt.domains': domains([guest('a', { graphics: [g(['192.0.2.1'], { type: 'spice', tls: true })] })]) }, name: 'SPICE with TLS only' },
    { facts: { 'libvirt.domains': domains([guest('a', { graphics: [g([], { socket: true })] })]) }, name: 'UNIX socket' },
    { facts: { 'libvirt.domains': domains([guest('a', { graphics: [g([''])] })]) }, name: 'default listen (qemu.conf, loopback)' },
  ],
  fail: [
    { facts: { 'libvirt.domains': domains([guest('a', { graphics: [g(['0.0.0.0'])] })]) }, messageId: 'exposed' },
    { facts: { 'libvirt.domains': domains([guest('a', { graphics: [g(['::'], { type: 'spice' })] })]) }, name: 'SPICE on every IPv6 address' },
  ],
  notApplicable: [{ 'libvirt.domains': domains([]) }],
  error: [{ 'libvirt.domains': notCollected() }],
});
