import check from '../../../checks/linux/linux.ssh.log-level.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ loglevel: 'INFO' }) },
    { 'linux.sshd': sshd({ loglevel: 'VERBOSE' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ loglevel: 'QUIET' }, { source: 'config' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ loglevel: 'ERROR' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ loglevel: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
