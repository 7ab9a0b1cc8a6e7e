import check from '../../../checks/windows/windows.schannel.legacy-protocols.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, row } from './windows-facts.js';

const keys = check.meta.facts;

checkTester.run(check, {
  pass: [row('hardened', keys)],
  fail: [{ facts: row('weak', keys), messageId: 'on', count: 3, name: 'SSL 3.0 and TLS 1.0 set on, TLS 1.1 on by default; SSL 2.0 off by default' }],
  error: [{ 'windows.registry': notCollected() }],
});
