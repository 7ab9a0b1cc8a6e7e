import check from '../../../checks/windows/windows.firewall.inbound-default-block.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'allow', count: 1, name: 'Domain allows; Private and Public NotConfigured (default Block) pass' }],
  error: [{ 'windows.firewall': notCollected() }],
});
