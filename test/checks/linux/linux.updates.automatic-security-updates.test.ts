import check from '../../../checks/linux/linux.updates.automatic-security-updates.js';
import { checkTester } from '../../helpers/check-tester.js';
import { updates, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.updates': updates(true) }],
  fail: [{ facts: { 'linux.updates': updates(false) }, messageId: 'manual' }],
  notApplicable: [{ 'linux.updates': notApplicable() }],
  error: [{ 'linux.updates': notCollected('no known package manager (apt, dnf, yum) found') }],
});
