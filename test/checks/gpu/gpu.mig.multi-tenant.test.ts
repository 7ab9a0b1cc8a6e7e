import check from '../../../checks/gpu/gpu.mig.multi-tenant.js';
import { checkTester } from '../../helpers/check-tester.js';
import { device, noGpu, notCollected, proc, smi, textCapture, xmlCapture } from './gpu-facts.js';

const podA = proc({ pid: 1, tenant: 'pod:aaaa', user: 'root' });
const podB = proc({ pid: 2, tenant: 'pod:bbbb', user: 'root' });

checkTester.run(check, {
  pass: [
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h100-mig__590.48.01__q.txt') }, messageId: 'isolated', name: 'MIG on' },
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h200__590.48.01__q.txt') }, messageId: 'isolated', name: 'MIG off, idle' },
    { 'gpu.nvidia': smi([device({ processes: [podA, proc({ pid: 3, tenant: 'pod:aaaa' })] })]) },
    { 'gpu.nvidia': smi([device({ mig: { current: 'Enabled', pending: 'Enabled', devices: 2 }, processes: [podA, podB] })]) },
  ],
  fail: [
    { facts: { 'gpu.nvidia': smi([device({ processes: [podA, podB, proc({ pid: 9, type: 'G', name: 'Xorg', tenant: 'user:root' })] })]) }, messageId: 'shared', count: 1 },
    { facts: { 'gpu.nvidia': smi([device({ processes: [proc({ pid: 1, user: 'alice' }), proc({ pid: 2, user: 'bob' })] })]) }, messageId: 'shared', name: 'two users, no tenant key' },
  ],
  notApplicable: [{ 'gpu.nvidia': xmlCapture('telegraf__tesla-t4.xml') }, { 'gpu.nvidia': noGpu() }],
  error: [{ 'gpu.nvidia': notCollected() }],
});
