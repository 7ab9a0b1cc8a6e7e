import check from '../../../checks/linux/linux.ssh.max-auth-tries.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ maxauthtries: '4' }) },
    { 'linux.sshd': sshd({ maxauthtries: '3' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ maxauthtries: '6' }, { source: 'config' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ maxauthtries: '10' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ maxauthtries: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
