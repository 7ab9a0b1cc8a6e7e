import check from '../../../checks/linux/linux.files.ssh-host-keys-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { files, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.files': files({ '/etc/ssh/ssh_host_ed25519_key': [0o600], '/etc/ssh/ssh_host_rsa_key': [0o640, 0, 'ssh_keys'] }) }],
  fail: [
    { facts: { 'linux.files': files({ '/etc/ssh/ssh_host_ed25519_key': [0o600], '/etc/ssh/ssh_host_rsa_key': [0o644] }) }, messageId: 'tooOpen', count: 1 },
    { facts: { 'linux.files': files({ '/etc/ssh/ssh_host_ed25519_key': [0o600, 1000] }) }, messageId: 'wrongOwner' },
  ],
  notApplicable: [{ 'linux.files': files({ '/etc/passwd': [0o644] }) }],
  error: [{ 'linux.files': notCollected() }],
});
