import check from '../../../checks/linux/linux.sysctl.log-martians.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, sysctl } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sysctl': sysctl({ 'net.ipv4.conf.all.log_martians': '1', 'net.ipv4.conf.default.log_martians': '1' }) }, { 'linux.sysctl': sysctl({ 'net.ipv4.conf.all.log_martians': '1', 'net.ipv4.conf.default.log_martians': '1' }, 'persisted') }],
  fail: [
    { facts: { 'linux.sysctl': sysctl({ 'net.ipv4.conf.all.log_martians': '1', 'net.ipv4.conf.default.log_martians': '0' }) }, messageId: 'wrong', count: 1 },
    { facts: { 'linux.sysctl': sysctl({ 'net.ipv4.conf.default.log_martians': '1' }, 'persisted') }, messageId: 'unset', name: 'not persisted offline' },
  ],
  notApplicable: [{ facts: { 'linux.sysctl': sysctl({}) }, name: 'keys absent from this kernel' }],
  error: [{ 'linux.sysctl': notCollected('cannot read kernel parameters: /proc/sys is not mounted') }],
});
