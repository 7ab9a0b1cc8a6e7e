import check from '../../../checks/windows/windows.updates.patch-age.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'stale' }],
  error: [{ 'windows.updates': { lastInstalled: null, daysSinceLastPatch: null, hotfixes: [{ id: 'KB5005039', installedOn: null }], rebootPending: false, rebootReasons: [] } }, { 'windows.updates': notCollected() }],
});
