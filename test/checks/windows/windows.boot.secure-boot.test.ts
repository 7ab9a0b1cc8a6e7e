import check from '../../../checks/windows/windows.boot.secure-boot.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'off' }],
  error: [{ 'windows.secureboot': notCollected() }],
});
