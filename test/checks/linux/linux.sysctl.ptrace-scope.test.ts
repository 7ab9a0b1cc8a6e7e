import check from '../../../checks/linux/linux.sysctl.ptrace-scope.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, sysctl } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sysctl': sysctl({ 'kernel.yama.ptrace_scope': '1' }) }, { 'linux.sysctl': sysctl({ 'kernel.yama.ptrace_scope': '1' }, 'persisted') }],
  fail: [
    { facts: { 'linux.sysctl': sysctl({ 'kernel.yama.ptrace_scope': '0' }) }, messageId: 'wrong', count: 1 },
    { facts: { 'linux.sysctl': sysctl({  }, 'persisted') }, messageId: 'unset', name: 'not persisted offline' },
    { facts: { 'linux.sysctl': sysctl({}) }, messageId: 'absent', name: 'no Yama on the running kernel: ptrace unrestricted' },
  ],
  notApplicable: [{ 'linux.sysctl': { ok: false, reason: 'not assessed', notApplicable: true } }],
  error: [{ 'linux.sysctl': notCollected('cannot read kernel parameters: /proc/sys is not mounted') }],
});
