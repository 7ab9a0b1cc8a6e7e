import check from '../../../checks/hypervisor/hypervisor.vsphere.host-ntp.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, hosts, notCollected, svc, withService } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.hosts': hosts([host('a'), host('b', { ntpServers: ['10.0.0.1', '10.0.0.2'] })]) }],
  fail: [
    { facts: { 'vsphere.hosts': hosts([host('a', { ntpServers: [] }), host('b')]) }, messageId: 'none', count: 1 },
    { facts: { 'vsphere.hosts': hosts([withService(host(), svc('ntpd', false, 'off'))]) }, name: 'servers named, daemon stopped' },
  ],
  notApplicable: [{ 'vsphere.hosts': hosts([]) }],
  error: [{ 'vsphere.hosts': notCollected() }],
});
