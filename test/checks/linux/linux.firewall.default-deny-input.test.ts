import check from '../../../checks/linux/linux.firewall.default-deny-input.js';
import { checkTester } from '../../helpers/check-tester.js';
import { firewall, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.firewall': firewall('drop') }, { 'linux.firewall': firewall('reject', 'accept', { source: 'iptables -S', backend: 'iptables' }) }],
  fail: [
    { facts: { 'linux.firewall': firewall('accept') }, messageId: 'open' },
    { facts: { 'linux.firewall': firewall('none', 'none', { ruleCount: 0 }) }, messageId: 'none' },
  ],
  notApplicable: [{ 'linux.firewall': notApplicable() }],
  error: [{ 'linux.firewall': notCollected('neither nft nor iptables is installed: the packet filter cannot be read') }],
});
