import check from '../../../checks/linux/linux.files.path-world-writable.js';
import { checkTester } from '../../helpers/check-tester.js';
import { files, notCollected } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.files': files({}, [{ path: '/usr/bin', mode: 0o755, uid: 0 }, { path: '/usr/local/games', missing: true }]) }],
  fail: [
    { facts: { 'linux.files': files({}, [{ path: '/usr/bin', mode: 0o755, uid: 0 }, { path: '/opt/tools/bin', mode: 0o777, uid: 0 }]) }, messageId: 'worldWritable', count: 1 },
    { facts: { 'linux.files': files({}, [{ path: '.', missing: true }]) }, messageId: 'relative' },
    { facts: { 'linux.files': files({}, [{ path: '/home/bob/bin', mode: 0o755, uid: 1000 }]) }, messageId: 'notRoot' },
  ],
  notApplicable: [{ 'linux.files': files({ '/etc/passwd': [0o644] }, []) }],
  error: [{ 'linux.files': notCollected() }],
});
