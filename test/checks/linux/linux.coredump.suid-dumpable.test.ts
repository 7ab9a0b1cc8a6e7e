import check from '../../../checks/linux/linux.coredump.suid-dumpable.js';
import { checkTester } from '../../helpers/check-tester.js';
import { coredump, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.coredump': coredump() }],
  fail: [{ facts: { 'linux.coredump': coredump({ fsSuidDumpable: '2' }) }, messageId: 'dumpable' }],
  notApplicable: [{ 'linux.coredump': notApplicable() }],
  error: [{ 'linux.coredump': notCollected() }, { facts: { 'linux.coredump': coredump({ fsSuidDumpable: null }) }, name: 'sysctl unreadable' }],
});
