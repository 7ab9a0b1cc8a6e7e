import check from '../../../checks/hypervisor/hypervisor.vsphere.vm-isolation-tools.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, vm, vms } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [
    { 'vsphere.vms': vms() },
    { 'vsphere.vms': vms([vm('a', { isolation: { 'isolation.tools.copy.disable': 'TRUE', 'isolation.tools.paste.disable': 'true', 'isolation.tools.setGUIOptions.enable': 'FALSE' } })]) },
  ],
  fail: [
    { facts: { 'vsphere.vms': vms([vm('a', { isolation: { 'isolation.tools.copy.disable': 'FALSE' } }), vm('b')]) }, messageId: 'open', count: 1 },
    { facts: { 'vsphere.vms': vms([vm('a', { isolation: { 'ISOLATION.TOOLS.SETGUIOPTIONS.ENABLE': 'True' } })]) }, name: 'keys and values in any case' },
    { facts: { 'vsphere.vms': vms([vm('a', { isolation: { 'isolation.tools.dnd.disable': 'false' } })]) }, name: 'drag and drop' },
  ],
  notApplicable: [{ 'vsphere.vms': vms([]) }],
  error: [{ 'vsphere.vms': notCollected() }],
});
