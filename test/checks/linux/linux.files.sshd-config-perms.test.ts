import check from '../../../checks/linux/linux.files.sshd-config-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { files, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.files': files({ '/etc/ssh/sshd_config': [0o600] }) }, { 'linux.files': files({ '/etc/ssh/sshd_config': [0o400] }) }],
  fail: [
    { facts: { 'linux.files': files({ '/etc/ssh/sshd_config': [0o644] }) }, messageId: 'tooOpen' },
    { facts: { 'linux.files': files({ '/etc/ssh/sshd_config': [0o600, 1000] }) }, messageId: 'wrongOwner' },
  ],
  notApplicable: [{ facts: { 'linux.files': files({ '/tmp': [0o1777] }) }, name: 'file absent' }],
  error: [{ 'linux.files': notCollected('stat printed nothing usable') }],
});
