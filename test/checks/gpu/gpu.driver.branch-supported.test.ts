import check from '../../../checks/gpu/gpu.driver.branch-supported.js';
import { describe, expect, it } from 'vitest';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { builtinTable, noGpu, notCollected, textCapture, xmlCapture } from './gpu-facts.js';

const table = builtinTable();

checkTester.run(check, {
  pass: [
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-l40s__595.80__q.txt'), 'gpu.advisories': table }, messageId: 'supported' },
    { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-geforce-rtx-2080-super__610.57.04__q.txt'), 'gpu.advisories': table },
  ],
  fail: [
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h100-mig__590.48.01__q.txt'), 'gpu.advisories': table }, messageId: 'unsupported', name: 'R590 feature branch' },
    { facts: { 'gpu.nvidia': xmlCapture('netdata__rtx-4090-driver-535.xml'), 'gpu.advisories': table }, messageId: 'unsupported', name: 'R535 past its end' },
    { facts: { 'gpu.nvidia': xmlCapture('telegraf__rtx-3060-v12.xml'), 'gpu.advisories': table }, messageId: 'unsupported', name: 'R570' },
  ],
  notApplicable: [{ 'gpu.nvidia': noGpu(), 'gpu.advisories': noGpu() }, { 'gpu.nvidia': xmlCapture('telegraf__rtx-3080-v12.xml'), 'gpu.advisories': table }],
  error: [{ 'gpu.nvidia': notCollected(), 'gpu.advisories': table }],
});

describe('gpu.driver.branch-supported finding', () => {
  it('names the branches that have fixes', () => {
    const [r] = runCheck(check, { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h200__590.48.01__q.txt'), 'gpu.advisories': table });
    expect(r!.message).toBe('R590 (driver 590.48.01) is not fixed by the newest bulletin 5861 (2026-09-30); branches with fixes: R580, R595, R610, R615 (advisory table built-in, dated 2026-09-30)');
  });
});
