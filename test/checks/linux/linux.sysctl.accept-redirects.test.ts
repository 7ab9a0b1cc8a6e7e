import check from '../../../checks/linux/linux.sysctl.accept-redirects.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, sysctl } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sysctl': sysctl({ 'net.ipv4.conf.all.accept_redirects': '0', 'net.ipv4.conf.default.accept_redirects': '0', 'net.ipv6.conf.all.accept_redirects': '0', 'net.ipv6.conf.default.accept_redirects': '0' }) }, { 'linux.sysctl': sysctl({ 'net.ipv4.conf.all.accept_redirects': '0', 'net.ipv4.conf.default.accept_redirects': '0', 'net.ipv6.conf.all.accept_redirects': '0', 'net.ipv6.conf.default.accept_redirects': '0' }, 'persisted') }],
  fail: [
    { facts: { 'linux.sysctl': sysctl({ 'net.ipv4.conf.all.accept_redirects': '0', 'net.ipv4.conf.default.accept_redirects': '0', 'net.ipv6.conf.all.accept_redirects': '0', 'net.ipv6.conf.default.accept_redirects': '1' }) }, messageId: 'wrong', count: 1 },
    { facts: { 'linux.sysctl': sysctl({ 'net.ipv4.conf.default.accept_redirects': '0', 'net.ipv6.conf.all.accept_redirects': '0', 'net.ipv6.conf.default.accept_redirects': '0' }, 'persisted') }, messageId: 'unset', name: 'not persisted offline' },
  ],
  notApplicable: [{ facts: { 'linux.sysctl': sysctl({}) }, name: 'keys absent from this kernel' }],
  error: [{ 'linux.sysctl': notCollected('cannot read kernel parameters: /proc/sys is not mounted') }],
});
