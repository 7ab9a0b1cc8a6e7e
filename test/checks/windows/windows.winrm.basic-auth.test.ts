import check from '../../../checks/windows/windows.winrm.basic-auth.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  fail: [{ facts: row('weak', keys), messageId: 'on' }],
  pass: [row('hardened', keys), { 'windows.winrm': { configured: false, allowUnencrypted: false, basicAuth: false } }],
  error: [{ 'windows.winrm': notCollected() }],
});
