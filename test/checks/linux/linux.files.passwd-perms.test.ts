import check from '../../../checks/linux/linux.files.passwd-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { files, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.files': files({ '/etc/passwd': [0o644] }) }, { 'linux.files': files({ '/etc/passwd': [0o400] }) }],
  fail: [
    { facts: { 'linux.files': files({ '/etc/passwd': [0o664] }) }, messageId: 'tooOpen' },
    { facts: { 'linux.files': files({ '/etc/passwd': [0o644, 1000] }) }, messageId: 'wrongOwner' },
    { facts: { 'linux.files': files({ '/tmp': [0o1777] }) }, messageId: 'missing' },
  ],
  notApplicable: [{ 'linux.files': notApplicable() }],
  error: [{ 'linux.files': notCollected('stat printed nothing usable') }],
});
