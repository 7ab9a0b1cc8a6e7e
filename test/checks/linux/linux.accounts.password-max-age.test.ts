import check from '../../../checks/linux/linux.accounts.password-max-age.js';
import { checkTester } from '../../helpers/check-tester.js';
import { account, accounts, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts([account('root', 0, { password: 'set', maxDays: 90 }), account('bob', 1000, { password: 'locked', maxDays: 99999 })]) }],
  fail: [
    { facts: { 'linux.accounts': accounts([account('root', 0, { password: 'set', maxDays: 99999 }), account('bob', 1000, { password: 'set', maxDays: 365 })]) }, messageId: 'never', count: 1 },
    { facts: { 'linux.accounts': accounts([account('bob', 1000, { password: 'set', maxDays: undefined })]) }, messageId: 'never' },
  ],
  notApplicable: [{ facts: { 'linux.accounts': accounts([account('root', 0, { password: 'locked' })]) }, name: 'no usable passwords' }],
  error: [{ 'linux.accounts': notCollected() }, { 'linux.accounts': accounts([account('root', 0)], { shadowReadable: false }) }],
});
