import check from '../../../checks/linux/linux.ssh.permit-root-login.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ permitrootlogin: 'no' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ permitrootlogin: 'yes' }, { source: 'config' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ permitrootlogin: 'without-password' }, { source: 'config' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ permitrootlogin: 'prohibit-password' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ permitrootlogin: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
