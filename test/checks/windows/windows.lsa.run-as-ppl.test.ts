import check from '../../../checks/windows/windows.lsa.run-as-ppl.js';
import { REG } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys), row('hardened', keys, { 'windows.registry': registry('hardened', { [REG.runAsPpl]: 2 }) })],
    fail: [{ facts: row('weak', keys), messageId: 'off' }],
    error: [row('hardened', keys, { 'windows.registry': { values: {}, unreadable: { 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa': 'Requested registry access is not allowed.' } } }), { 'windows.registry': notCollected() }],
});
