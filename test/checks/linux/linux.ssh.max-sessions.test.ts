import check from '../../../checks/linux/linux.ssh.max-sessions.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ maxsessions: '10' }) },
    { 'linux.sshd': sshd({ maxsessions: '4' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ maxsessions: '11' }, { source: 'config' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ maxsessions: '64' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ maxsessions: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
