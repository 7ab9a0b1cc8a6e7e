import check from '../../../checks/linux/linux.sysctl.protected-links.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, sysctl } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sysctl': sysctl({ 'fs.protected_hardlinks': '1', 'fs.protected_symlinks': '1' }) }, { 'linux.sysctl': sysctl({ 'fs.protected_hardlinks': '1', 'fs.protected_symlinks': '1' }, 'persisted') }],
  fail: [
    { facts: { 'linux.sysctl': sysctl({ 'fs.protected_hardlinks': '1', 'fs.protected_symlinks': '0' }) }, messageId: 'wrong', count: 1 },
    { facts: { 'linux.sysctl': sysctl({ 'fs.protected_symlinks': '1' }, 'persisted') }, messageId: 'unset', name: 'not persisted offline' },
  ],
  notApplicable: [{ facts: { 'linux.sysctl': sysctl({}) }, name: 'keys absent from this kernel' }],
  error: [{ 'linux.sysctl': notCollected('cannot read kernel parameters: /proc/sys is not mounted') }],
});
