import check from '../../../checks/linux/linux.services.legacy-cleartext.js';
import { checkTester } from '../../helpers/check-tester.js';
import { services, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.services': services({ enabled: ['ssh.service'], installed: ['sshd'] }) }],
  fail: [
    { facts: { 'linux.services': services({ installed: ['in.telnetd', 'sshd'] }) }, messageId: 'installed', count: 1 },
    { facts: { 'linux.services': services({ enabled: ['openbsd-inetd.service', 'tftp.socket'] }) }, messageId: 'enabled', count: 2 },
  ],
  notApplicable: [{ 'linux.services': notApplicable() }],
  error: [{ 'linux.services': notCollected() }],
});
