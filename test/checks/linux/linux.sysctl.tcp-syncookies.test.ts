import { resolve } from 'node:path';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { checkTester } from '../../helpers/check-tester.js';
import { notApplicable, notCollected, sysctl } from './linux-facts.js';

const check = loadYamlCheckFile(resolve(import.meta.dirname, '../../../checks/linux/linux.sysctl.tcp-syncookies.yaml'));

checkTester.run(check, {
  pass: [{ 'linux.sysctl': sysctl({ 'net.ipv4.tcp_syncookies': '1' }) }, { 'linux.sysctl': sysctl({ 'net.ipv4.tcp_syncookies': '1' }, 'persisted') }],
  fail: [
    { facts: { 'linux.sysctl': sysctl({ 'net.ipv4.tcp_syncookies': '0' }) }, messageId: 'failed' },
    { facts: { 'linux.sysctl': sysctl({}) }, messageId: 'failed', name: 'absent is not a pass' },
  ],
  notApplicable: [{ 'linux.sysctl': notApplicable() }],
  error: [{ 'linux.sysctl': notCollected('cannot read kernel parameters: /proc/sys is not mounted') }],
});
