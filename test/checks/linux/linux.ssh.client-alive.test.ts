import check from '../../../checks/linux/linux.ssh.client-alive.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sshd': sshd({ clientaliveinterval: '300', clientalivecountmax: '3' }) }],
  fail: [
    { facts: { 'linux.sshd': sshd({ clientaliveinterval: '0', clientalivecountmax: '3' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ clientaliveinterval: '300', clientalivecountmax: '0' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [{ 'linux.sshd': notCollected() }],
});
