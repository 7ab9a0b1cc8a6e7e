import check from '../../../checks/hypervisor/hypervisor.libvirt.domain-seclabel-none.js';
import { checkTester } from '../../helpers/check-tester.js';
import { domains, guest, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [{ 'libvirt.domains': domains() }, { facts: { 'libvirt.domains': domains([guest('a', { seclabels: [] })]) }, name: 'no seclabel: the default driver labels it' }],
  fail: [{ facts: { 'libvirt.domains': domains([guest('a'), guest('b', { seclabels: [{ type: 'none' }] })]) }, messageId: 'unconfined', count: 1 }],
  notApplicable: [{ 'libvirt.domains': domains([]) }],
  error: [{ 'libvirt.domains': notCollected() }, { facts: { 'libvirt.domains': domains([], { unreadable: [{ name: 'x', reason: 'virsh dumpxml exited 1' }] }) }, name: 'an unreadable guest' }],
});
