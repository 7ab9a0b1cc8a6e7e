import check from '../../../checks/linux/linux.accounts.system-accounts-locked.js';
import { checkTester } from '../../helpers/check-tester.js';
import { account, accounts, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts([account('root', 0, { password: 'set' }), account('daemon', 1, { password: 'none' }), account('sync', 4, { shell: '/bin/sync', password: 'none' })]) }],
  fail: [
    { facts: { 'linux.accounts': accounts([account('root', 0), account('games', 5, { shell: '/bin/sh', password: 'none' })]) }, messageId: 'loginShell', count: 1 },
    { facts: { 'linux.accounts': accounts([account('root', 0), account('www-data', 33, { password: 'set' })]) }, messageId: 'password', count: 1 },
  ],
  notApplicable: [{ facts: { 'linux.accounts': accounts([account('root', 0), account('alice', 1000)]) }, name: 'no system accounts' }],
  error: [
    { 'linux.accounts': notCollected() },
    { facts: { 'linux.accounts': accounts([account('daemon', 1, { password: undefined })], { shadowReadable: false }) }, name: 'password state unknown' },
  ],
});
