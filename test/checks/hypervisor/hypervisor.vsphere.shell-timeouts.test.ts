import check from '../../../checks/hypervisor/hypervisor.vsphere.shell-timeouts.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, hosts, notCollected, withOptions } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.hosts': hosts([host('a'), withOptions(host('b'), { 'UserVars.ESXiShellTimeOut': '300', 'UserVars.ESXiShellInteractiveTimeOut': '120' })]) }],
  fail: [
    { facts: { 'vsphere.hosts': hosts([withOptions(host(), { 'UserVars.ESXiShellTimeOut': '0' })]) }, messageId: 'unset', name: 'zero: never' },
    { facts: { 'vsphere.hosts': hosts([withOptions(host(), { 'UserVars.ESXiShellTimeOut': undefined, 'UserVars.ESXiShellInteractiveTimeOut': undefined })]) }, name: 'unset: the default, 0' },
    { facts: { 'vsphere.hosts': hosts([withOptions(host('a'), { 'UserVars.ESXiShellInteractiveTimeOut': '1800' }), host('b')]) }, name: 'too long', count: 1 },
    { facts: { 'vsphere.hosts': hosts([withOptions(host(), { 'UserVars.ESXiShellTimeOut': 'ten' })]) }, name: 'not a number' },
  ],
  notApplicable: [{ 'vsphere.hosts': hosts([]) }],
  error: [{ 'vsphere.hosts': notCollected() }],
});
