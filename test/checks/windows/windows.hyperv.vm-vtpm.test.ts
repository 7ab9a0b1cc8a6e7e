import check from '../../../checks/windows/windows.hyperv.vm-vtpm.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'missing', count: 2 }],
    notApplicable: [row('dc-hardened', keys)],
  error: [{ 'windows.hyperv': notCollected() }],
});
