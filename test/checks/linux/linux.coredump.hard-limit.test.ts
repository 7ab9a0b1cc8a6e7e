import check from '../../../checks/linux/linux.coredump.hard-limit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { coredump, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.coredump': coredump() }],
  fail: [{ facts: { 'linux.coredump': coredump({ hardCoreLimit: null }) }, messageId: 'unset' }, { facts: { 'linux.coredump': coredump({ hardCoreLimit: 'unlimited' }) }, messageId: 'loose' }],
  notApplicable: [{ 'linux.coredump': notApplicable() }],
  error: [{ 'linux.coredump': notCollected('cannot read /etc/security/limits.conf: permission denied') }],
});
