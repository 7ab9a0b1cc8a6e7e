import check from '../../../checks/linux/linux.audit.rules-immutable.js';
import { checkTester } from '../../helpers/check-tester.js';
import { audit, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.audit': audit({ enabledFlag: 2 }) }],
  fail: [{ facts: { 'linux.audit': audit({ enabledFlag: 1 }) }, messageId: 'mutable' }, { facts: { 'linux.audit': audit({ enabledFlag: null }) }, messageId: 'mutable' }],
  notApplicable: [{ 'linux.audit': audit({ installed: false, enabled: false }) }],
  error: [{ 'linux.audit': notCollected() }],
});
