import check from '../../../checks/windows/windows.dc.ldap-signing.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('dc-hardened', keys)],
    fail: [{ facts: row('dc-weak', keys), messageId: 'optional' }],
    notApplicable: [row('hardened', keys), row('weak', keys)],
  error: [{ 'windows.os': notCollected() }],
});
