import check from '../../../checks/hypervisor/hypervisor.vsphere.lockdown-mode.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, hosts, notCollected } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.hosts': hosts([host('a'), host('b', { lockdownMode: 'lockdownStrict' })]) }],
  fail: [
    { facts: { 'vsphere.hosts': hosts([host('a', { lockdownMode: 'lockdownDisabled' }), host('b')]) }, messageId: 'disabled', count: 1 },
    { facts: { 'vsphere.hosts': hosts([host('a', { lockdownMode: undefined })]) }, name: 'lockdown mode not reported' },
  ],
  notApplicable: [{ 'vsphere.hosts': hosts([host('standalone', { lockdownMode: 'lockdownDisabled', managementServer: undefined })]) }, { 'vsphere.hosts': hosts([]) }],
  error: [{ 'vsphere.hosts': notCollected() }, { facts: { 'vsphere.hosts': hosts([host('a')], [{ id: 'host-12', name: 'esx-03', reason: 'host is disconnected: its configuration is not available' }]) }, count: 1 }],
});
