import check from '../../../checks/linux/linux.accounts.default-umask.js';
import { checkTester } from '../../helpers/check-tester.js';
import { accounts, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts() }, { 'linux.accounts': accounts(undefined, { loginDefs: { UMASK: '077' } }) }],
  fail: [
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: { UMASK: '022' } }) }, messageId: 'loose' },
    { facts: { 'linux.accounts': accounts(undefined, { loginDefs: {} }) }, messageId: 'unset' },
  ],
  notApplicable: [{ 'linux.accounts': notApplicable() }],
  error: [{ 'linux.accounts': notCollected() }],
});
