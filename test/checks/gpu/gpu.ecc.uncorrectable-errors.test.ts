import check from '../../../checks/gpu/gpu.ecc.uncorrectable-errors.js';
import { checkTester } from '../../helpers/check-tester.js';
import { device, noGpu, notCollected, smi, textCapture, xmlCapture } from './gpu-facts.js';

checkTester.run(check, {
  pass: [{ 'gpu.nvidia': xmlCapture('telegraf__tesla-t4.xml') }, { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01__q.txt') }],
  fail: [
    { facts: { 'gpu.nvidia': xmlCapture('pai__nvidia_smi_out_of_order.xml') }, messageId: 'errors', count: 2, name: 'two real K80s with lifetime uncorrectable errors' },
    { facts: { 'gpu.nvidia': smi([device({ remappedRows: { uncorrectable: 1, pending: true, failure: false } })]) }, messageId: 'errors', name: 'row remap pending' },
    { facts: { 'gpu.nvidia': smi([device({ remappedRows: null, retiredPagesPending: true })]) }, messageId: 'errors', name: 'page retirement pending' },
  ],
  notApplicable: [{ 'gpu.nvidia': xmlCapture('netdata__rtx-3060.xml') }, { 'gpu.nvidia': noGpu() }],
  error: [{ 'gpu.nvidia': notCollected() }],
});
