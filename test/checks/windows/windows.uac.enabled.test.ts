import check from '../../../checks/windows/windows.uac.enabled.js';
import { REG } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'weak' }, { facts: row('hardened', keys, { 'windows.registry': registry('hardened', { [REG.consentPromptAdmin]: undefined }) }), messageId: 'weak', name: 'unset: default 5, not the secure desktop' }],
  error: [{ 'windows.registry': notCollected() }],
});
