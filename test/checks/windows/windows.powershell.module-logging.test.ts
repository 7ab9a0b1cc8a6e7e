import check from '../../../checks/windows/windows.powershell.module-logging.js';
import { REG } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'off' }, { facts: row('hardened', keys, { 'windows.registry': registry('hardened', { [REG.moduleNames]: ['Microsoft.PowerShell.Utility'] }) }), messageId: 'off', name: 'some modules only' }],
  error: [{ 'windows.registry': notCollected() }],
});
