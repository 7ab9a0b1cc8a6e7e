import check from '../../../checks/hypervisor/hypervisor.vsphere.ssh-disabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, hosts, notCollected, svc, withService } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.hosts': hosts() }, { 'vsphere.hosts': hosts([{ ...host(), services: [] }]) }],
  fail: [
    { facts: { 'vsphere.hosts': hosts([withService(host('a'), svc('TSM-SSH', true, 'on')), host('b')]) }, messageId: 'enabled', count: 1 },
    { facts: { 'vsphere.hosts': hosts([withService(host(), svc('TSM-SSH', true, 'off'))]) }, name: 'running with a manual policy' },
    { facts: { 'vsphere.hosts': hosts([withService(host(), svc('TSM-SSH', false, 'automatic'))]) }, name: 'stopped but starts with its firewall ports' },
  ],
  notApplicable: [{ 'vsphere.hosts': hosts([]) }],
  error: [{ 'vsphere.hosts': notCollected() }],
});
