import check from '../../../checks/linux/linux.audit.rules-time-change.js';
import { checkTester } from '../../helpers/check-tester.js';
import { audit, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.audit': audit({ rules: ['-a always,exit -F arch=b64 -S adjtimex,settimeofday,clock_settime -k time-change', '-w /etc/localtime -p wa -k time-change'] }) }],
  fail: [
    { facts: { 'linux.audit': audit({ rules: ['-a always,exit -F arch=b64 -S adjtimex -S settimeofday -k time-change'] }) }, messageId: 'unwatched', count: 2 },
    { facts: { 'linux.audit': audit({ rules: [] }) }, messageId: 'unwatched' },
  ],
  notApplicable: [{ 'linux.audit': audit({ installed: false, enabled: false }) }],
  error: [{ 'linux.audit': notCollected() }],
});
