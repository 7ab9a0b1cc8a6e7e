import check from '../../../checks/linux/linux.mac.enabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { mac, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.mac': mac({ enabled: true }) }, { 'linux.mac': mac({}, 'enforcing') }],
  fail: [{ facts: { 'linux.mac': mac({}, 'permissive') }, messageId: 'off' }, { facts: { 'linux.mac': mac({ enabled: false }) }, messageId: 'off' }],
  notApplicable: [{ 'linux.mac': notApplicable() }],
  error: [{ 'linux.mac': notCollected() }],
});
