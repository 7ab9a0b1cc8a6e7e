import check from '../../../checks/linux/linux.firewall.enabled-at-boot.js';
import { checkTester } from '../../helpers/check-tester.js';
import { services, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.services': services({ enabled: ['nftables.service'] }) }, { 'linux.services': services({ enabled: ['ufw.service', 'ssh.service'] }) }],
  fail: [{ facts: { 'linux.services': services({ enabled: ['ssh.service'] }) }, messageId: 'none' }],
  notApplicable: [{ 'linux.services': notApplicable() }],
  error: [{ 'linux.services': notCollected() }],
});
