import check from '../../../checks/hypervisor/hypervisor.vsphere.vcsa-shell-access.js';
import { checkTester } from '../../helpers/check-tester.js';
import { access, esxiTarget, notCollected } from './vsphere-facts.js';

checkTester.run(check, {
  pass: [{ 'vsphere.appliance.access': access() }, { 'vsphere.appliance.access': access({ consoleCli: false }) }],
  fail: [
    { facts: { 'vsphere.appliance.access': access({ ssh: true }) }, messageId: 'open' },
    { facts: { 'vsphere.appliance.access': access({ shell: { enabled: true, timeout: 3600 } }) }, name: 'BASH shell on' },
  ],
  notApplicable: [{ 'vsphere.appliance.access': esxiTarget() }],
  error: [{ 'vsphere.appliance.access': notCollected('/api/appliance/access/ssh: HTTP 403 (forbidden)') }],
});
