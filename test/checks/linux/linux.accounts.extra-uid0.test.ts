import check from '../../../checks/linux/linux.accounts.extra-uid0.js';
import { checkTester } from '../../helpers/check-tester.js';
import { account, accounts, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.accounts': accounts([account('root', 0), account('alice', 1000)]) }],
  fail: [
    { facts: { 'linux.accounts': accounts([account('root', 0), account('toor', 0)]) }, messageId: 'extra', count: 1 },
    { facts: { 'linux.accounts': accounts([account('root', 0), account('toor', 0), account('admin', 0)]) }, messageId: 'extra', count: 2 },
  ],
  notApplicable: [{ 'linux.accounts': { ok: false, reason: 'not assessed', notApplicable: true } }],
  error: [{ 'linux.accounts': notCollected('cannot read /etc/passwd: permission denied') }],
});
