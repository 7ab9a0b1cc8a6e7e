import check from '../../../checks/windows/windows.lsa.wdigest-disabled.js';
import { REG } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys), { facts: row('hardened', keys, { 'windows.registry': registry('hardened', { [REG.wdigest]: undefined }) }), name: 'unset on Server 2022: off by default' }],
    fail: [{ facts: row('weak', keys), messageId: 'on' }],
  error: [{ 'windows.registry': notCollected() }],
});
