import check from '../../../checks/gpu/gpu.ecc.enabled.js';
import { checkTester } from '../../helpers/check-tester.js';
import { device, noGpu, notCollected, smi, textCapture, xmlCapture } from './gpu-facts.js';

checkTester.run(check, {
  pass: [{ 'gpu.nvidia': xmlCapture('datakit__gtx-8card.xml') }, { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h200__590.48.01__q.txt') }],
  fail: [
    { facts: { 'gpu.nvidia': smi([device({ ecc: { current: 'Disabled', pending: 'Disabled', volatileUncorrectable: null, aggregateUncorrectable: null } })]) }, messageId: 'off', count: 1 },
    { facts: { 'gpu.nvidia': smi([device(), device({ index: 1, uuid: 'GPU-2', ecc: { current: 'Disabled', pending: 'Enabled', volatileUncorrectable: null, aggregateUncorrectable: null } })]) }, messageId: 'off', count: 1, name: 'one of two GPUs' },
  ],
  notApplicable: [{ facts: { 'gpu.nvidia': xmlCapture('netdata__rtx-4090-driver-535.xml') }, name: 'a GeForce with ECC off is not a data-centre GPU' }, { 'gpu.nvidia': noGpu() }],
  error: [{ 'gpu.nvidia': notCollected() }],
});
