import check from '../../../checks/linux/linux.accounts.empty-passwords.js';
import { checkTester } from '../../helpers/check-tester.js';
import { account, accounts, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts([account('root', 0, { password: 'locked' }), account('alice', 1000, { password: 'set' })]) }],
  fail: [{ facts: { 'linux.accounts': accounts([account('root', 0), account('guest', 1001, { password: 'empty' })]) }, messageId: 'empty', count: 1 }],
  notApplicable: [{ 'linux.accounts': notApplicable() }],
  error: [
    { 'linux.accounts': notCollected() },
    { facts: { 'linux.accounts': accounts([account('root', 0, { password: undefined })], { shadowReadable: false, shadowReason: '/etc/shadow: permission denied (run as root)' }) }, name: 'shadow unreadable is never a pass' },
  ],
});
