import check from '../../../checks/linux/linux.storage.root-encrypted.js';
import { checkTester } from '../../helpers/check-tester.js';
import { storage, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.storage': storage(true) }],
  fail: [{ facts: { 'linux.storage': storage(false) }, messageId: 'plain' }],
  notApplicable: [{ 'linux.storage': notApplicable('/ is overlay (a container or network root): disk encryption is a property of the host') }],
  error: [{ 'linux.storage': notCollected('lsblk is not installed: block devices cannot be listed') }],
});
