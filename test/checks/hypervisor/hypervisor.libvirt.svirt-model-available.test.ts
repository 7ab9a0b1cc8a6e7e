import check from '../../../checks/hypervisor/hypervisor.libvirt.svirt-model-available.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, notCollected } from './libvirt-facts.js';

checkTester.run(check, {
  pass: [{ 'libvirt.host': host() }, { 'libvirt.host': host(['apparmor']) }],
  fail: [{ facts: { 'libvirt.host': host([]) }, messageId: 'missing' }, { 'libvirt.host': host(['none']) }],
  error: [{ 'libvirt.host': notCollected() }],
});
