import check from '../../../checks/gpu/gpu.driver.vulnerable.js';
import { describe, expect, it } from 'vitest';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { builtinTable, noGpu, notCollected, smi, textCapture, xmlCapture } from './gpu-facts.js';

const table = builtinTable();

checkTester.run(check, {
  pass: [
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-geforce-rtx-2080-super__610.57.04__q.txt'), 'gpu.advisories': table }, messageId: 'fixed', name: '610.57.04 is R610 first fixed' },
    { facts: { 'gpu.nvidia': smi(undefined, { driverVersion: '620.10.01', branch: 'R620' }), 'gpu.advisories': table }, messageId: 'newer' },
  ],
  fail: [
    { facts: { 'gpu.nvidia': xmlCapture('telegraf__rtx-3080-v13.xml'), 'gpu.advisories': table }, messageId: 'vulnerable', name: '595.58.03 < 595.91.07' },
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-l40s__595.80__q.txt'), 'gpu.advisories': table }, messageId: 'vulnerable' },
    { facts: { 'gpu.nvidia': textCapture('linux-x86_64__nvidia-h200__590.48.01__q.txt'), 'gpu.advisories': table }, messageId: 'unsupported', name: 'R590 has no fix' },
  ],
  notApplicable: [
    { 'gpu.nvidia': noGpu(), 'gpu.advisories': noGpu() },
    { facts: { 'gpu.nvidia': xmlCapture('netdata__rtx-2080-win.xml'), 'gpu.advisories': table }, name: 'Windows driver' },
  ],
  error: [
    { 'gpu.nvidia': notCollected(), 'gpu.advisories': table },
    { facts: { 'gpu.nvidia': xmlCapture('telegraf__gtx-1070-ti.xml'), 'gpu.advisories': table }, name: 'trimmed capture: no driver version' },
  ],
});

describe('gpu.driver.vulnerable finding', () => {
  it('names the branch, installed and first fixed versions and the CVEs; severity from the highest CVSS', () => {
    const [r] = runCheck(check, { 'gpu.nvidia': xmlCapture('telegraf__rtx-4000-sff-ada-v13.xml'), 'gpu.advisories': table });
    expect(r!.message).toBe('driver 595.84 (R595) is below 595.91.07, the first fixed version on its branch: CVE-2026-47556, CVE-2026-47558, CVE-2026-47559, CVE-2026-47560, CVE-2026-47561, CVE-2026-47563, CVE-2026-47595 (highest CVSS 7.8; bulletins 5861; advisory table built-in, dated 2026-09-30)');
    expect(r!.severity).toBe('high');
    const [old] = runCheck(check, { 'gpu.nvidia': xmlCapture('telegraf__rtx-3080-v13.xml'), 'gpu.advisories': table });
    expect(old!.severity).toBe('high'); // 5821's highest is 8.8
    expect(old!.message).toContain('highest CVSS 8.8');
  });
});
