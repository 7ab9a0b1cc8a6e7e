import check from '../../../checks/gpu/gpu.firmware.minimum.js';
import { checkTester } from '../../helpers/check-tester.js';
import { builtinTable, device, noGpu, notCollected, row, smi, tableOf, textCapture } from './gpu-facts.js';

// no NVIDIA bulletin in the shipped table names a firmware minimum; these rows are made up for the test
const vbios = (min: string) => row({ component: 'vbios', product: 'H100', branch: '', firstFixed: min, cve: 'CVE-2099-0001' });
const inforom = (min: string) => row({ component: 'inforom', product: 'H100', branch: '', firstFixed: min, cve: 'CVE-2099-0002' });

checkTester.run(check, {
  pass: [
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01__q.txt'), 'gpu.advisories': tableOf([vbios('96.00.99.00.01')]) }, messageId: 'ok', name: 'hex fields: A5 > 99' },
    { 'gpu.nvidia': smi(), 'gpu.advisories': tableOf([vbios('96.00.A5.00.01'), inforom('G520.0200.00.05')]) },
  ],
  fail: [
    { facts: { 'gpu.nvidia': smi(), 'gpu.advisories': tableOf([vbios('96.00.B0.00.01')]) }, messageId: 'below' },
    { facts: { 'gpu.nvidia': smi([device({ inforomImage: 'G520.0200.00.04' })]), 'gpu.advisories': tableOf([inforom('G520.0200.00.05')]) }, messageId: 'below' },
  ],
  notApplicable: [
    { facts: { 'gpu.nvidia': smi(), 'gpu.advisories': builtinTable() }, name: 'the shipped table names no firmware minimum' },
    { 'gpu.nvidia': noGpu(), 'gpu.advisories': noGpu() },
  ],
  error: [{ 'gpu.nvidia': notCollected(), 'gpu.advisories': builtinTable() }],
});
