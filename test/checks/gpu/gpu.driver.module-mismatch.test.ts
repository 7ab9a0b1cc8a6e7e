import check from '../../../checks/gpu/gpu.driver.module-mismatch.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, noGpu, notCollected } from './gpu-facts.js';

checkTester.run(check, {
  pass: [{ facts: { 'gpu.host': host() }, messageId: 'match' }, { 'gpu.host': host({ libraryVersions: [] }) }],
  fail: [
    { facts: { 'gpu.host': host({ kernelModule: { version: '570.124.04', source: '/proc/driver/nvidia/version' } }) }, messageId: 'mismatch', name: 'upgraded without a reboot' },
    { facts: { 'gpu.host': host({ smi: { state: 'failed', reason: 'nvidia-smi failed: nvidia-smi -q -x exited 18: Failed to initialize NVML: Driver/library version mismatch', driverVersion: null } }) }, messageId: 'nvml' },
  ],
  notApplicable: [{ 'gpu.host': host({ kernelModule: null }) }, { 'gpu.host': noGpu() }, { 'gpu.host': host({ libraryVersions: [], smi: { state: 'failed', reason: 'exited 9', driverVersion: null } }) }],
  error: [{ 'gpu.host': notCollected() }],
});
