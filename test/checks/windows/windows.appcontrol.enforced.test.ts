import check from '../../../checks/windows/windows.appcontrol.enforced.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row, value } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys), { facts: row('hardened', keys, { 'windows.deviceguard': value('weak', 'windows.deviceguard') }), name: 'AppLocker alone' }],
    fail: [{ facts: row('weak', keys), messageId: 'none' }, { facts: row('weak', keys, { 'windows.applocker': { collections: [{ type: 'Exe', enforcementMode: 'AuditOnly', rules: 3 }] } }), messageId: 'none', name: 'audit only' }],
  error: [{ 'windows.applocker': notCollected() }],
});
