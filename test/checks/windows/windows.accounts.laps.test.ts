import check from '../../../checks/windows/windows.accounts.laps.js';
import { REG } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys), row('weak', keys, { 'windows.registry': registry('weak', { [REG.lapsLegacy]: 1 }) })],
    fail: [{ facts: row('weak', keys), messageId: 'missing' }, { facts: row('hardened', keys, { 'windows.registry': registry('hardened', { [REG.lapsPolicy]: 0 }) }), messageId: 'missing', name: 'BackupDirectory = 0' }],
  error: [{ 'windows.registry': notCollected() }],
});
