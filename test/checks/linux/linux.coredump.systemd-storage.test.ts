import check from '../../../checks/linux/linux.coredump.systemd-storage.js';
import { checkTester } from '../../helpers/check-tester.js';
import { coredump, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.coredump': coredump() }],
  fail: [{ facts: { 'linux.coredump': coredump({ systemdStorage: null, systemdProcessSizeMax: null }) }, messageId: 'stored' }, { facts: { 'linux.coredump': coredump({ systemdStorage: 'external' }) }, messageId: 'stored' }],
  notApplicable: [{ 'linux.coredump': coredump({ systemdCoredump: false, systemdStorage: null }) }],
  error: [{ 'linux.coredump': notCollected() }],
});
