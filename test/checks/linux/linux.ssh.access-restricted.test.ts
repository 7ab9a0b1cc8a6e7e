import check from '../../../checks/linux/linux.ssh.access-restricted.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.sshd': sshd({ allowgroups: 'sshusers' }) }, { 'linux.sshd': sshd({ denyusers: 'root guest' }) }],
  fail: [{ facts: { 'linux.sshd': sshd() }, messageId: 'unrestricted' }],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [{ 'linux.sshd': notCollected() }],
});
