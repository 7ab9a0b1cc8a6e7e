import check from '../../../checks/windows/windows.hyperv.switch-port-acls.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'open', count: 2, name: 'the ports on the private switch are not judged' }],
    notApplicable: [row('dc-hardened', keys)],
  error: [{ 'windows.hyperv': notCollected() }],
});
