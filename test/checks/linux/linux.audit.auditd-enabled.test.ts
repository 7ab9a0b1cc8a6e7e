import check from '../../../checks/linux/linux.audit.auditd-enabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { audit, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.audit': audit() }, { 'linux.audit': audit({ running: null, rulesSource: 'rules files' }) }],
  fail: [
    { facts: { 'linux.audit': audit({ enabled: false, running: false }) }, messageId: 'disabled' },
    { facts: { 'linux.audit': audit({ running: false }) }, messageId: 'stopped' },
  ],
  notApplicable: [{ 'linux.audit': audit({ installed: false, enabled: false, running: false }) }],
  error: [{ 'linux.audit': notCollected() }],
});
