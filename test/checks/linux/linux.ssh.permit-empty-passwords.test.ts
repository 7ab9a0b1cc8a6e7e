import check from '../../../checks/linux/linux.ssh.permit-empty-passwords.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ permitemptypasswords: 'no' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ permitemptypasswords: 'yes' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ permitemptypasswords: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
