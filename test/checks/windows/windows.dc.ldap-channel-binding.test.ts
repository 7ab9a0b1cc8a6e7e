import check from '../../../checks/windows/windows.dc.ldap-channel-binding.js';
import { REG } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('dc-hardened', keys)],
    fail: [{ facts: row('dc-weak', keys), messageId: 'weak' }, { facts: row('dc-hardened', keys, { 'windows.registry': registry('dc-hardened', { [REG.ldapChannelBinding]: 1 }) }), messageId: 'weak', name: 'when supported (1)' }],
    notApplicable: [row('hardened', keys)],
  error: [{ 'windows.os': notCollected() }],
});
