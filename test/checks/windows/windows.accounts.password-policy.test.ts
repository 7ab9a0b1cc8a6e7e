import check from '../../../checks/windows/windows.accounts.password-policy.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'weak' }],
  error: [{ 'windows.secpol': notCollected() }],
});
