import check from '../../../checks/linux/linux.audit.rules-sudoers.js';
import { checkTester } from '../../helpers/check-tester.js';
import { audit, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.audit': audit({ rules: ['-w /etc/sudoers -p wa -k scope', '-w /etc/sudoers.d/ -p wa -k scope'] }) }],
  fail: [
    { facts: { 'linux.audit': audit({ rules: ['-w /etc/sudoers -p wa -k scope', '-w /etc/sudoers.dx -p wa'] }) }, messageId: 'unwatched', count: 1 },
    { facts: { 'linux.audit': audit({ rules: [] }) }, messageId: 'unwatched' },
  ],
  notApplicable: [{ 'linux.audit': audit({ installed: false, enabled: false }) }],
  error: [{ 'linux.audit': notCollected() }],
});
