import check from '../../../checks/hypervisor/hypervisor.vsphere.vm-encryption.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, vm, vms } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.vms': vms([vm('a'), vm('b')]) }],
  fail: [{ facts: { 'vsphere.vms': vms([vm('a', { encrypted: false, keyProvider: undefined }), vm('b')]) }, messageId: 'plain', count: 1 }],
  notApplicable: [{ 'vsphere.vms': vms([]) }],
  error: [{ 'vsphere.vms': notCollected() }, { facts: { 'vsphere.vms': vms([vm('a')], [{ id: 'vm-9', name: 'orphan', reason: 'no configuration returned (an inaccessible or orphaned VM)' }]) }, count: 1 }],
});
