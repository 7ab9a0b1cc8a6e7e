import check from '../../../checks/linux/linux.ssh.login-grace-time.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ logingracetime: '60' }) },
    { 'linux.sshd': sshd({ logingracetime: '30' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ logingracetime: '120' }, { source: 'config' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ logingracetime: '0' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ logingracetime: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
