import check from '../../../checks/hypervisor/hypervisor.vsphere.vm-secure-boot-vtpm.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, vm, vms } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.vms': vms() }],
  fail: [
    { facts: { 'vsphere.vms': vms([vm('a', { firmware: 'bios', secureBoot: false, vtpm: false })]) }, messageId: 'missing' },
    { facts: { 'vsphere.vms': vms([vm('a', { secureBoot: false })]) }, name: 'EFI without Secure Boot' },
    { facts: { 'vsphere.vms': vms([vm('a'), vm('b', { vtpm: false })]) }, name: 'no vTPM', count: 1 },
  ],
  notApplicable: [{ 'vsphere.vms': vms([]) }],
  error: [{ 'vsphere.vms': notCollected() }],
});
