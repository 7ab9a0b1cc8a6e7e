import check from '../../../checks/gpu/gpu.advisories.current.js';
import { describe, expect, it } from 'vitest';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { builtinTable, noGpu, notCollected, row, tableOf } from './gpu-facts.js';

checkTester.run(check, {
  pass: [{ facts: { 'gpu.advisories': builtinTable() }, messageId: 'current' }, { 'gpu.advisories': tableOf([row({})], 180) }],
  warn: [{ facts: { 'gpu.advisories': tableOf([row({})], 181) }, messageId: 'stale' }],
  notApplicable: [{ 'gpu.advisories': noGpu() }],
  error: [{ 'gpu.advisories': notCollected('cannot read the GPU advisory table /x.csv: ENOENT') }],
});

describe('gpu.advisories.current', () => {
  it('says how old the table is', () => {
    const [r] = runCheck(check, { 'gpu.advisories': { ...tableOf([row({})], 400), source: '/srv/nvidia.csv', date: '2025-10-31' } });
    expect(r!.message).toBe('the advisory table (/srv/nvidia.csv) is dated 2025-10-31, 400 days old (over 180): bulletins published since are not applied');
  });
});
