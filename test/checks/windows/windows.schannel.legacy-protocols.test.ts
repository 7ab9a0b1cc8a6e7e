import check from '../../../checks/windows/windows.schannel.legacy-protocols.js';
import { schannelServer } from '../../../src/kit/windows/check-kit.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notCollected, registry, row } from './windows-facts.js';

const keys = check.meta.facts;
const unset = (protocol: string) => registry('hardened', { [schannelServer(protocol, 'Enabled')]: undefined, [schannelServer(protocol, 'DisabledByDefault')]: undefined });

checkTester.run(check, {
  pass: [row('hardened', keys), { facts: row('hardened', keys, { 'windows.registry': unset('SSL 2.0') }), name: 'SSL 2.0 unset: removed from Schannel since build 14393' }],
  fail: [
    { facts: row('weak', keys), messageId: 'on', count: 3, name: 'SSL 3.0 and TLS 1.0 set on, TLS 1.1 not turned off; SSL 2.0 removed' },
    { facts: row('hardened', keys, { 'windows.registry': unset('SSL 3.0') }), messageId: 'on', count: 1, name: 'SSL 3.0 unset is not a pass' },
    { facts: row('hardened', keys, { 'windows.os': { ...(row('hardened', ['windows.os'])['windows.os'] as { value: object }).value, build: 9600 }, 'windows.registry': unset('SSL 2.0') }), messageId: 'on', count: 1, name: 'SSL 2.0 unset on Server 2012 R2' },
  ],
  error: [{ 'windows.registry': notCollected() }],
});
