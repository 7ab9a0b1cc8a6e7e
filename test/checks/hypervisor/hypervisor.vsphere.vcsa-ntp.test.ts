import check from '../../../checks/hypervisor/hypervisor.vsphere.vcsa-ntp.js';
import { checkTester } from '../../helpers/check-tester.js';
import { esxiTarget, notCollected, time } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.appliance.time': time() }, { 'vsphere.appliance.time': time({ mode: 'HOST', servers: [] }) }],
  fail: [
    { facts: { 'vsphere.appliance.time': time({ mode: 'DISABLED', servers: [] }) }, messageId: 'off' },
    { facts: { 'vsphere.appliance.time': time({ servers: [] }) }, name: 'NTP with no server' },
  ],
  notApplicable: [{ 'vsphere.appliance.time': esxiTarget() }],
  error: [{ 'vsphere.appliance.time': notCollected('/api/appliance/timesync: HTTP 403 (forbidden)') }],
});
