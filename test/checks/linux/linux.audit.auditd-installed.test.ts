import check from '../../../checks/linux/linux.audit.auditd-installed.js';
import { checkTester } from '../../helpers/check-tester.js';
import { audit, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.audit': audit() }],
  fail: [{ facts: { 'linux.audit': audit({ installed: false, enabled: false, running: false }) }, messageId: 'missing' }],
  notApplicable: [{ 'linux.audit': notApplicable() }],
  error: [{ 'linux.audit': notCollected() }],
});
