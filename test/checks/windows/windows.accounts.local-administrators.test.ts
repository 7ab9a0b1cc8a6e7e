import check from '../../../checks/windows/windows.accounts.local-administrators.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'extra', count: 2 }],
    notApplicable: [row('dc-weak', keys)],
  error: [{ 'windows.accounts': notCollected() }],
});
