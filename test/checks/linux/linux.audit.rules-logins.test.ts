import check from '../../../checks/linux/linux.audit.rules-logins.js';
import { checkTester } from '../../helpers/check-tester.js';
import { audit, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.audit': audit({ rules: ['-w /var/log/lastlog -p wa -k logins', '-w /var/run/faillock -p wa -k logins'] }) }],
  fail: [
    { facts: { 'linux.audit': audit({ rules: ['-w /var/log/lastlog -p wa -k logins'] }) }, messageId: 'unwatched', count: 1 },
    { facts: { 'linux.audit': audit({ rules: [] }) }, messageId: 'unwatched' },
  ],
  notApplicable: [{ 'linux.audit': audit({ installed: false, enabled: false }) }],
  error: [{ 'linux.audit': notCollected() }],
});
