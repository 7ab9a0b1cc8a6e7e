import check from '../../../checks/linux/linux.accounts.pass-warn-age.js';
import { checkTester } from '../../helpers/check-tester.js';
import { accounts, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts() }, { 'linux.accounts': accounts(undefined, { loginDefs: { PASS_WARN_AGE: '7' } }) }],
  fail: [
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: { PASS_WARN_AGE: '3' } }) }, messageId: 'wrong' },
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: { PASS_WARN_AGE: 'abc' } }) }, messageId: 'wrong' },
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: {} }) }, messageId: 'unset' },
  ],
  notApplicable: [{ 'linux.accounts': notApplicable() }],
  error: [{ 'linux.accounts': notCollected() }],
});
