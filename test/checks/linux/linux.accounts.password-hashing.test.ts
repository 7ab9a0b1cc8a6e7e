import check from '../../../checks/linux/linux.accounts.password-hashing.js';
import { checkTester } from '../../helpers/check-tester.js';
import { accounts, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts() }, { 'linux.accounts': accounts(undefined, { loginDefs: { ENCRYPT_METHOD: 'SHA512' } }) }],
  fail: [
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: { ENCRYPT_METHOD: 'MD5' } }) }, messageId: 'weak' },
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: {} }) }, messageId: 'unset' },
  ],
  notApplicable: [{ 'linux.accounts': notApplicable() }],
  error: [{ 'linux.accounts': notCollected() }],
});
