import check from '../../../checks/windows/windows.rdp.nla.js';
import { REG } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'off' }],
  notApplicable: [row('weak', keys, { 'windows.registry': registry('weak', { [REG.rdpDeny]: 1 }) })],
  error: [{ 'windows.registry': notCollected() }],
});
