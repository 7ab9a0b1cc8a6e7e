import check from '../../../checks/linux/linux.sysctl.dmesg-restrict.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, sysctl } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sysctl': sysctl({ 'kernel.dmesg_restrict': '1' }) }, { 'linux.sysctl': sysctl({ 'kernel.dmesg_restrict': '1' }, 'persisted') }],
  fail: [
    { facts: { 'linux.sysctl': sysctl({ 'kernel.dmesg_restrict': '0' }) }, messageId: 'wrong', count: 1 },
    { facts: { 'linux.sysctl': sysctl({  }, 'persisted') }, messageId: 'unset', name: 'not persisted offline' },
  ],
  notApplicable: [{ facts: { 'linux.sysctl': sysctl({}) }, name: 'keys absent from this kernel' }],
  error: [{ 'linux.sysctl': notCollected('cannot read kernel parameters: /proc/sys is not mounted') }],
});
