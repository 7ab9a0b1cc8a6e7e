import check from '../../../checks/windows/windows.bitlocker.os-volume.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'off' }, { facts: row('hardened', keys, { 'windows.bitlocker': { installed: false, volumes: [] } }), messageId: 'notInstalled' }],
  error: [{ 'windows.bitlocker': notCollected() }],
});
