import check from '../../../checks/linux/linux.sysctl.aslr.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, sysctl } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sysctl': sysctl({ 'kernel.randomize_va_space': '2' }) }, { 'linux.sysctl': sysctl({ 'kernel.randomize_va_space': '2' }, 'persisted') }],
  fail: [
    { facts: { 'linux.sysctl': sysctl({ 'kernel.randomize_va_space': '0' }) }, messageId: 'wrong', count: 1 },
    { facts: { 'linux.sysctl': sysctl({  }, 'persisted') }, messageId: 'unset', name: 'not persisted offline' },
  ],
  notApplicable: [{ facts: { 'linux.sysctl': sysctl({}) }, name: 'keys absent from this kernel' }],
  error: [{ 'linux.sysctl': notCollected('cannot read kernel parameters: /proc/sys is not mounted') }],
});
