import check from '../../../checks/linux/linux.audit.rules-identity.js';
import { checkTester } from '../../helpers/check-tester.js';
import { audit, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.audit': audit({ rules: ['-w /etc/passwd -p wa -k identity', '-w /etc/shadow -p wa -k identity', '-w /etc/group -p wa -k identity', '-a always,exit -F arch=b64 -S all -F path=/etc/gshadow -F perm=wa -F key=identity'] }) }],
  fail: [
    { facts: { 'linux.audit': audit({ rules: ['-w /etc/passwd -p wa -k identity', '-w /etc/shadow -p wa -k identity'] }) }, messageId: 'unwatched', count: 2 },
    { facts: { 'linux.audit': audit({ rules: [] }) }, messageId: 'unwatched' },
  ],
  notApplicable: [{ 'linux.audit': audit({ installed: false, enabled: false }) }],
  error: [{ 'linux.audit': notCollected() }],
});
