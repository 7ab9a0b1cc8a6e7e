import check from '../../../checks/linux/linux.ssh.use-pam.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ usepam: 'yes' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ usepam: 'no' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ usepam: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
