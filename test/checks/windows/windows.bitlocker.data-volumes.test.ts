import check from '../../../checks/windows/windows.bitlocker.data-volumes.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row, value } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'off' }],
  notApplicable: [row('hardened', keys, { 'windows.bitlocker': { installed: true, volumes: value<{ volumes: unknown[] }>('hardened', 'windows.bitlocker').volumes.slice(0, 1) } })],
  error: [{ 'windows.bitlocker': notCollected() }],
});
