import check from '../../../checks/linux/linux.ssh.weak-macs.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sshd': sshd({ macs: 'hmac-sha2-512-etm@openssh.com,hmac-sha2-256' }) }],
  fail: [
    { facts: { 'linux.sshd': sshd({ macs: 'hmac-sha2-256,hmac-sha1' }) }, messageId: 'weak' },
    { facts: { 'linux.sshd': sshd({ macs: 'hmac-md5' }) }, messageId: 'weak' },
    { facts: { 'linux.sshd': sshd({ macs: 'umac-64@openssh.com' }) }, messageId: 'weak' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [{ 'linux.sshd': notCollected() }],
});
