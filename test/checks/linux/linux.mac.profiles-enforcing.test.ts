import check from '../../../checks/linux/linux.mac.profiles-enforcing.js';
import { checkTester } from '../../helpers/check-tester.js';
import { mac, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.mac': mac({ enabled: true, profiles: { enforce: 40, complain: 0 } }) }, { 'linux.mac': mac({}, 'enforcing') }],
  fail: [
    { facts: { 'linux.mac': mac({ enabled: true, profiles: { enforce: 30, complain: 2 } }) }, messageId: 'complain' },
    { facts: { 'linux.mac': mac({ enabled: true, profiles: { enforce: 0, complain: 0 } }) }, messageId: 'noProfiles' },
  ],
  notApplicable: [{ 'linux.mac': mac({ enabled: false }) }, { 'linux.mac': mac({ enabled: true, profiles: null }, 'disabled', 'config') }],
  error: [{ 'linux.mac': notCollected() }, { facts: { 'linux.mac': mac({ enabled: true, profiles: null }) }, name: 'profiles unreadable without root' }],
});
