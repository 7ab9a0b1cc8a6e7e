import check from '../../../checks/linux/linux.ssh.weak-kex.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sshd': sshd({ kexalgorithms: 'sntrup761x25519-sha512@openssh.com,curve25519-sha256,diffie-hellman-group16-sha512' }) }],
  fail: [
    { facts: { 'linux.sshd': sshd({ kexalgorithms: 'curve25519-sha256,diffie-hellman-group14-sha1' }) }, messageId: 'weak' },
    { facts: { 'linux.sshd': sshd({ kexalgorithms: 'diffie-hellman-group1-sha1' }) }, messageId: 'weak' },
    { facts: { 'linux.sshd': sshd({ kexalgorithms: 'diffie-hellman-group-exchange-sha1' }) }, messageId: 'weak' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [{ 'linux.sshd': notCollected() }],
});
