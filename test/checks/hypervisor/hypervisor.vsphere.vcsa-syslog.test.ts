import check from '../../../checks/hypervisor/hypervisor.vsphere.vcsa-syslog.js';
import { checkTester } from '../../helpers/check-tester.js';
import { esxiTarget, notCollected, syslog } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.appliance.syslog': syslog() }],
  fail: [{ facts: { 'vsphere.appliance.syslog': syslog([]) }, messageId: 'none' }],
  notApplicable: [{ 'vsphere.appliance.syslog': esxiTarget() }],
  error: [{ 'vsphere.appliance.syslog': notCollected('/api/appliance/logging/forwarding: HTTP 403 (forbidden)') }],
});
