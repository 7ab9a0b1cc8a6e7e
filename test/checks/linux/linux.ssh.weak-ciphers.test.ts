import check from '../../../checks/linux/linux.ssh.weak-ciphers.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sshd': sshd({ ciphers: 'aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,aes128-ctr' }) }],
  fail: [
    { facts: { 'linux.sshd': sshd({ ciphers: 'aes128-ctr,aes128-cbc' }) }, messageId: 'weak' },
    { facts: { 'linux.sshd': sshd({ ciphers: '3des-cbc' }) }, messageId: 'weak' },
    { facts: { 'linux.sshd': sshd({ ciphers: 'arcfour256,aes256-ctr' }) }, messageId: 'weak' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [{ 'linux.sshd': notCollected() }],
});
