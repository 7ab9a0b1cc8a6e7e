import check from '../../../checks/linux/linux.ssh.agent-forwarding.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ allowagentforwarding: 'no' }) },
    { facts: { 'linux.sshd': sshd({ allowagentforwarding: 'yes', disableforwarding: 'yes' }) }, name: 'DisableForwarding overrides' },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ allowagentforwarding: 'yes' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ allowagentforwarding: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
