import check from '../../../checks/linux/linux.accounts.pass-max-days.js';
import { checkTester } from '../../helpers/check-tester.js';
import { accounts, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts() }, { 'linux.accounts': accounts(undefined, { loginDefs: { PASS_MAX_DAYS: '365' } }) }],
  fail: [
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: { PASS_MAX_DAYS: '99999' } }) }, messageId: 'wrong' },
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: { PASS_MAX_DAYS: 'abc' } }) }, messageId: 'wrong' },
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: {} }) }, messageId: 'unset' },
  ],
  notApplicable: [{ 'linux.accounts': notApplicable() }],
  error: [{ 'linux.accounts': notCollected() }],
});
