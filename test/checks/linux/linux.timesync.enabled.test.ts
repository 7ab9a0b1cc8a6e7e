import check from '../../../checks/linux/linux.timesync.enabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { timesync, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.timesync': timesync() }, { 'linux.timesync': timesync({ running: null, synchronized: null }) }],
  fail: [
    { facts: { 'linux.timesync': timesync({ installed: [], enabled: [], running: [] }) }, messageId: 'none' },
    { facts: { 'linux.timesync': timesync({ enabled: [], running: [] }) }, messageId: 'disabled' },
    { facts: { 'linux.timesync': timesync({ running: [] }) }, messageId: 'notRunning' },
    { facts: { 'linux.timesync': timesync({ synchronized: false }) }, messageId: 'unsynchronised' },
  ],
  notApplicable: [{ 'linux.timesync': notApplicable() }],
  error: [{ 'linux.timesync': notCollected() }],
});
