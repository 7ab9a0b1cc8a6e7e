import check from '../../../checks/linux/linux.files.tmp-sticky.js';
import { checkTester } from '../../helpers/check-tester.js';
import { files, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.files': files({ '/tmp': [0o1777], '/var/tmp': [0o1777] }) }, { 'linux.files': files({ '/tmp': [0o755] }) }],
  fail: [{ facts: { 'linux.files': files({ '/tmp': [0o777], '/var/tmp': [0o1777] }) }, messageId: 'notSticky', count: 1 }],
  notApplicable: [{ 'linux.files': files({ '/etc/passwd': [0o644] }) }],
  error: [{ 'linux.files': notCollected() }],
});
