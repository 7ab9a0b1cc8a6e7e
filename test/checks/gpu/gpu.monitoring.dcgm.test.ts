import check from '../../../checks/gpu/gpu.monitoring.dcgm.js';
import { checkTester } from '../../helpers/check-tester.js';
import { host, noGpu, notCollected } from './gpu-facts.js';

const none = { installed: false, running: false };

checkTester.run(check, {
  pass: [{ facts: { 'gpu.host': host() }, messageId: 'running' }, { 'gpu.host': host({ monitoring: { dcgmExporter: none, hostEngine: { installed: true, running: true } } }) }],
  fail: [
    { facts: { 'gpu.host': host({ monitoring: { dcgmExporter: none, hostEngine: none } }) }, messageId: 'none' },
    { facts: { 'gpu.host': host({ monitoring: { dcgmExporter: { installed: true, running: false }, hostEngine: none } }) }, messageId: 'none', name: 'installed, not running' },
  ],
  notApplicable: [{ 'gpu.host': noGpu() }],
  error: [{ 'gpu.host': notCollected() }],
});
