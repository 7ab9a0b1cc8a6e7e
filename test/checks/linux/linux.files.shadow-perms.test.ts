import check from '../../../checks/linux/linux.files.shadow-perms.js';
import { checkTester } from '../../helpers/check-tester.js';
import { files, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.files': files({ '/etc/shadow': [0o640] }) }, { 'linux.files': files({ '/etc/shadow': [0o400] }) }],
  fail: [
    { facts: { 'linux.files': files({ '/etc/shadow': [0o644] }) }, messageId: 'tooOpen' },
    { facts: { 'linux.files': files({ '/etc/shadow': [0o640, 1000] }) }, messageId: 'wrongOwner' },
    { facts: { 'linux.files': files({ '/tmp': [0o1777] }) }, messageId: 'missing' },
  ],
  notApplicable: [{ 'linux.files': notApplicable() }],
  error: [{ 'linux.files': notCollected('stat printed nothing usable') }],
});
