import check from '../../../checks/linux/linux.firewall.forward-policy.js';
import { checkTester } from '../../helpers/check-tester.js';
import { firewall, notCollected, notApplicable, sysctl } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.firewall': firewall('drop', 'drop'), 'linux.sysctl': sysctl({ 'net.ipv4.ip_forward': '1' }) },
    { facts: { 'linux.firewall': firewall('drop', 'accept'), 'linux.sysctl': sysctl({ 'net.ipv4.ip_forward': '0', 'net.ipv6.conf.all.forwarding': '0' }) }, messageId: 'forwardingOff' },
  ],
  fail: [{ facts: { 'linux.firewall': firewall('drop', 'accept'), 'linux.sysctl': sysctl({ 'net.ipv4.ip_forward': '1' }) }, messageId: 'open' }],
  notApplicable: [{ 'linux.firewall': notApplicable(), 'linux.sysctl': sysctl({}) }],
  error: [{ 'linux.firewall': notCollected(), 'linux.sysctl': sysctl({}) }, { 'linux.firewall': firewall('drop', 'accept'), 'linux.sysctl': notCollected() }],
});
