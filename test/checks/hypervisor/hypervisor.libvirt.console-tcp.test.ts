import check from '../../../checks/hypervisor/hypervisor.libvirt.console-tcp.js';
import { checkTester } from '../../helpers/check-tester.js';
import { domains, guest, notCollected } from './libvirt-facts.js';

const tcp = { device: 'serial', type: 'tcp', host: '0.0.0.0', service: '4555', mode: 'bind', protocol: 'telnet', tls: false };

checkTester.run(check, {
  pass: [
    { 'libvirt.domains': domains() },
    { facts: { 'libvirt.domains': domains([guest('a', { chardevs: [{ ...tcp, host: '127.0.0.1' }] })]) }, name: 'loopback' },
    { facts: { 'libvirt.domains': domains([guest('a', { chardevs: [{ ...tcp, tls: true }] })]) }, name: 'TLS' },
    { facts: { 'libvirt.domains': domains([guest('a', { chardevs: [{ ...tcp, mode: 'connect', host: '192.0.2.5' }] })]) }, name: 'connects out, listens on nothing' },
  ],
  fail: [
    { facts: { 'libvirt.domains': domains([guest('a', { chardevs: [tcp] })]) }, messageId: 'exposed' },
    { facts: { 'libvirt.domains': domains([guest('a', { chardevs: [{ device: 'channel', type: 'udp', host: '0.0.0.0', service: '9', tls: false }] })]) }, name: 'udp' },
  ],
  notApplicable: [{ 'libvirt.domains': domains([]) }],
  error: [{ 'libvirt.domains': notCollected() }],
});
