import check from '../../../checks/linux/linux.ssh.x11-forwarding.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ x11forwarding: 'no' }) },
    { facts: { 'linux.sshd': sshd({ x11forwarding: 'yes', disableforwarding: 'yes' }) }, name: 'DisableForwarding overrides' },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ x11forwarding: 'yes' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ x11forwarding: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
