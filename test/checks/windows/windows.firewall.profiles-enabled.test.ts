import check from '../../../checks/windows/windows.firewall.profiles-enabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'off', count: 1 }],
  error: [{ 'windows.firewall': notCollected() }],
});
