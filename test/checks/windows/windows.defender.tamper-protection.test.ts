import check from '../../../checks/windows/windows.defender.tamper-protection.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row, value } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'off' }],
  error: [row('hardened', keys, { 'windows.defender': { ...value<object>('hardened', 'windows.defender'), isTamperProtected: null } }), { 'windows.defender': notCollected('defender: the cmdlet is not available on this host') }],
});
