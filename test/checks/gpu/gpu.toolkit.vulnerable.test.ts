import check from '../../../checks/gpu/gpu.toolkit.vulnerable.js';
import { describe, expect, it } from 'vitest';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { builtinTable, host, noGpu, notCollected } from './gpu-facts.js';

const table = builtinTable();
const tk = (version: string, cli: string | null = null) => host({ containerToolkit: { version, ctkVersion: version, cliVersion: cli } });

checkTester.run(check, {
  pass: [{ facts: { 'gpu.host': tk('1.19.1'), 'gpu.advisories': table }, messageId: 'fixed' }, { 'gpu.host': tk('1.20.0'), 'gpu.advisories': table }],
  fail: [
    { facts: { 'gpu.host': tk('1.12.0'), 'gpu.advisories': table }, messageId: 'vulnerable', name: 'the real 1.12.0 banner: CVE-2024-0132 and on' },
    { facts: { 'gpu.host': tk('1.17.7'), 'gpu.advisories': table }, messageId: 'vulnerable', name: 'CVE-2025-23266' },
    { facts: { 'gpu.host': tk('1.19.0'), 'gpu.advisories': table }, messageId: 'vulnerable', name: 'CVE-2026-24260' },
  ],
  notApplicable: [{ 'gpu.host': host(), 'gpu.advisories': table }, { 'gpu.host': noGpu(), 'gpu.advisories': noGpu() }],
  error: [{ 'gpu.host': notCollected(), 'gpu.advisories': table }, { 'gpu.host': tk('unknown'), 'gpu.advisories': table }],
});

describe('gpu.toolkit.vulnerable finding', () => {
  it('CVE-2025-23266 is critical (CVSS 9.0) and names the fixed version', () => {
    const [r] = runCheck(check, { 'gpu.host': tk('1.17.7'), 'gpu.advisories': table });
    expect(r!.severity).toBe('critical');
    expect(r!.message).toBe('NVIDIA Container Toolkit 1.17.7 is below 1.19.1: CVE-2025-23266, CVE-2025-23267, CVE-2026-24260 (highest CVSS 9.0; bulletins 5659, 5850; advisory table built-in, dated 2026-09-30)');
    const [h] = runCheck(check, { 'gpu.host': tk('1.19.0'), 'gpu.advisories': table });
    expect(h!.severity).toBe('high');
  });
});
