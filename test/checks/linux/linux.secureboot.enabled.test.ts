import check from '../../../checks/linux/linux.secureboot.enabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { secureboot, notCollected, notApplicable } from './linux-facts.js';

checkTester.run(check, {
  pass: [{ 'linux.secureboot': secureboot(true) }],
  fail: [{ facts: { 'linux.secureboot': secureboot(false) }, messageId: 'off' }],
  notApplicable: [{ 'linux.secureboot': notApplicable('the system did not boot through UEFI (no /sys/firmware/efi): Secure Boot is not observable') }],
  error: [{ 'linux.secureboot': notCollected('the SecureBoot EFI variable is not readable and mokutil is not installed') }],
});
