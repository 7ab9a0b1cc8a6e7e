import check from '../../../checks/hypervisor/hypervisor.vsphere.host-syslog.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, hosts, notCollected, withOptions } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.hosts': hosts() }, { 'vsphere.hosts': hosts([withOptions(host(), { 'Syslog.global.logHost': 'udp://10.0.0.9:514,ssl://syslog:1514' })]) }],
  fail: [
    { facts: { 'vsphere.hosts': hosts([withOptions(host(), { 'Syslog.global.logHost': '' })]) }, messageId: 'none' },
    { facts: { 'vsphere.hosts': hosts([withOptions(host('a'), { 'Syslog.global.logHost': undefined }), host('b')]) }, count: 1 },
  ],
  notApplicable: [{ 'vsphere.hosts': hosts([]) }],
  error: [{ 'vsphere.hosts': notCollected() }],
});
