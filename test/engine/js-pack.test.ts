// A compiled JS check pack, as an operator writes it: `import { defineCheck } from 'ztaudit'`
// (the package's public entry, dist/src/index.js; `npm test` builds it first), loaded with
// --checks DIR. The pack's own node_modules and hidden folders are not searched for checks.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckDir } from '../../src/engine/registry.js';
import { runCheck } from '../helpers/check-tester.js';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('a JS check pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zt-pack-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repoRoot, join(dir, 'node_modules', 'ztaudit'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'hook.js'), 'throw new Error("not a check")');
  symlinkSync(join(dir, 'gone'), join(dir, 'dangling'));
  writeFileSync(
    join(dir, 'site.hostname.set.mjs'),
    `import { defineCheck } from 'ztaudit';
export default defineCheck({
  id: 'site.hostname.set', title: 'The host has a hostname', severity: 'low', pillar: 'governance', stage: 'initial',
  targetKinds: ['linux'], facts: ['linux.os'], references: ['site policy 1'], remediation: 'Set a hostname.',
  messages: { unset: 'no hostname' },
  evaluate({ 'linux.os': os }, ctx) { return os.hostname ? ctx.pass() : ctx.fail('unset'); },
});
`,
  );

  it('loads through the public entry and evaluates like a built-in check', async () => {
    const checks = await loadCheckDir(dir);
    expect(checks.map((c) => c.meta.id)).toEqual(['site.hostname.set']);
    const check = checks[0]!;
    expect(runCheck(check, { 'linux.os': { hostname: 'web-1' } }).map((r) => r.status)).toEqual(['pass']);
    expect(runCheck(check, { 'linux.os': { hostname: '' } }).map((r) => [r.status, r.messageId])).toEqual([['fail', 'unset']]);
  });
});
