import check from '../../../checks/linux/linux.ssh.max-startups.js';
import { checkTester } from '../../helpers/check-tester.js';
import { noSshd, notCollected, sshd } from './linux-facts.js';

checkTester.run(check, {
  pass: [
    { 'linux.sshd': sshd({ maxstartups: '10:30:60' }) },
    { 'linux.sshd': sshd({ maxstartups: '5:50:20' }) },
  ],
  fail: [
    { facts: { 'linux.sshd': sshd({ maxstartups: '10:30:100' }, { source: 'config' }) }, messageId: 'misconfigured' },
    { facts: { 'linux.sshd': sshd({ maxstartups: '100' }, { source: 'config' }) }, messageId: 'misconfigured' },
  ],
  notApplicable: [{ 'linux.sshd': noSshd() }],
  error: [
    { 'linux.sshd': notCollected('cannot read /etc/ssh/sshd_config: permission denied') },
    { facts: { 'linux.sshd': sshd({ maxstartups: undefined as unknown as string }) }, name: 'keyword missing from the effective config' },
  ],
});
