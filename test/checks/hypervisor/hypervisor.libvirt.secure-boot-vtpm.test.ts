import check from '../../../checks/hypervisor/hypervisor.libvirt.secure-boot-vtpm.js';
import { checkTester } from '../../helpers/check-tester.js';
import { domains, guest, notCollected } from './libvirt-facts.js';

const noTpm = guest('b');
delete (noTpm as { tpm?: unknown }).tpm;

checkTester.run(check, {
  pass: [{ 'libvirt.domains': domains() }],
  fail: [
    { facts: { 'libvirt.domains': domains([guest('a', { efi: false, secureBoot: false })]) }, messageId: 'missing' },
    { facts: { 'libvirt.domains': domains([guest('a', { secureBoot: false })]) }, name: 'UEFI without Secure Boot' },
    { facts: { 'libvirt.domains': domains([guest('a'), noTpm]) }, name: 'no vTPM', count: 1 },
  ],
  notApplicable: [{ 'libvirt.domains': domains([]) }],
  error: [{ 'libvirt.domains': notCollected() }],
});
