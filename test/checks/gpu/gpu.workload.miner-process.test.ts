import check from '../../../checks/gpu/gpu.workload.miner-process.js';
import { describe, expect, it } from 'vitest';
import { minerOf } from '../../../src/kit/gpu/miners.js';
import { checkTester } from '../../helpers/check-tester.js';
import { device, noGpu, notCollected, proc, smi, xmlCapture } from './gpu-facts.js';

checkTester.run(check, {
  pass: [{ facts: { 'gpu.nvidia': xmlCapture('datakit__gtx-1card.xml') }, messageId: 'clean' }, { 'gpu.nvidia': smi() }],
  fail: [
    { facts: { 'gpu.nvidia': smi([device({ processes: [proc({ name: 'python' }), proc({ pid: 4242, name: '/tmp/.x/xmrig', user: 'www-data' })] })]) }, messageId: 'miner', count: 1 },
    { facts: { 'gpu.nvidia': smi([device({ processes: [proc({ name: '/opt/lolMiner_v1.88/lolMiner' })] }), device({ index: 1, uuid: 'GPU-2', processes: [proc({ pid: 7, name: 't-rex' })] })]) }, messageId: 'miner', count: 2 },
  ],
  notApplicable: [{ 'gpu.nvidia': noGpu() }],
  error: [{ 'gpu.nvidia': notCollected() }],
});

describe('minerOf', () => {
  it.each([
    ['xmrig', 'xmrig'],
    ['/usr/local/bin/t-rex', 't-rex'],
    ['C:\\miners\\PhoenixMiner.exe', 'phoenixminer'],
    ['/opt/NBMiner_Linux/nbminer', 'nbminer'],
    ['/home/u/gminer_3_44/miner', 'gminer'],
    ['ethminer', 'ethminer'],
    ['nanominer', 'nanominer'],
  ])('%s is %s', (name, miner) => expect(minerOf(name)).toBe(miner));
  it.each(['python', '/usr/lib/xorg/Xorg', 'mtopen-plugin:worker', 'C:\\Windows\\System32\\dwm.exe', 'tritonserver', ''])('%s is no miner', (name) => expect(minerOf(name)).toBeUndefined());
});
