import check from '../../../checks/hypervisor/hypervisor.vsphere.esxi-shell-disabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, hosts, notCollected, svc, withService } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.hosts': hosts([host('a'), host('b')]) }],
  fail: [
    { facts: { 'vsphere.hosts': hosts([withService(host(), svc('TSM', true, 'on'))]) }, messageId: 'enabled' },
    { facts: { 'vsphere.hosts': hosts([withService(host('a'), svc('TSM', false, 'automatic')), host('b')]) }, count: 1 },
  ],
  notApplicable: [{ 'vsphere.hosts': hosts([]) }],
  error: [{ 'vsphere.hosts': notCollected() }],
});
