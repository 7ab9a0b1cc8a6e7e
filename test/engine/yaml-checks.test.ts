// The YAML operators as a table (like kube-bench's TestCompareOp), plus load-time validation and
// property tests: arbitrary YAML or text ends in a check or one UsageError, never anything else.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { compileItem, compileYamlCheck, getPath, loadYamlCheckFile, type TestItem } from '../../src/engine/yaml-checks.js';
import { runCheck } from '../helpers/check-tester.js';
import { loadsOrOneLineUsage } from '../helpers/usage-errors.js';

type Row = [op: string, value: unknown, actual: unknown, present: boolean, want: boolean];

const ROWS: Row[] = [
  // eq: loose on primitives as YAML authors expect, never on objects
  ['eq', 'false', false, true, true],
  ['eq', false, 'false', true, true],
  ['eq', '5', 5, true, true],
  ['eq', 'no', 'yes', true, false],
  ['eq', 'no', undefined, false, false],
  ['eq', { a: 1 }, { b: 2 }, true, false],
  ['eq', { a: 1 }, { a: 1 }, true, true],
  ['eq', [1, 2], [1, 2], true, true],
  ['eq', '', '', true, true],
  // neq: an absent value is "not equal"
  ['neq', 'true', 'false', true, true],
  ['neq', 'true', true, true, false],
  ['neq', 'true', undefined, false, true],
  // numeric comparisons: text numbers count, non-numbers never pass
  ['gt', 5, 6, true, true],
  ['gt', 5, 5, true, false],
  ['gte', 5, 5, true, true],
  ['gte', '5', '10', true, true],
  ['lt', 5, 4, true, true],
  ['lt', 5, 'four', true, false],
  ['lte', 0, 0, true, true],
  ['lte', 0, '', true, false],
  ['gte', 1, undefined, false, false],
  // in
  ['in', ['RBAC', 'Node'], 'RBAC', true, true],
  ['in', ['RBAC', 'Node'], 'AlwaysAllow', true, false],
  ['in', [1, 2], '2', true, true],
  // regex
  ['regex', '^TLS1\\.[23]$', 'TLS1.3', true, true],
  ['regex', '^TLS1\\.[23]$', 'TLS1.0', true, false],
  ['regex', '.*', undefined, false, false],
  // contains: lists, substrings, mapping keys
  ['contains', 'NodeRestriction', ['NodeRestriction', 'PodSecurity'], true, true],
  ['contains', 'NodeRestriction', 'NodeRestriction,PodSecurity', true, true],
  ['contains', 'AlwaysAdmit', 'NodeRestriction,PodSecurity', true, false],
  ['contains', 'x', { x: 1 }, true, true],
  ['contains', 'y', { x: 1 }, true, false],
  ['contains', 1, 12, true, false],
  // exists
  ['exists', undefined, 'anything', true, true],
  ['exists', undefined, undefined, false, false],
  ['exists', false, undefined, false, true],
  ['exists', false, 'x', true, false],
  // bitmask: the actual mode grants nothing beyond the expected one
  ['bitmask', '0644', '0600', true, true],
  ['bitmask', '0644', '0644', true, true],
  ['bitmask', '0644', '0664', true, false],
  ['bitmask', 644, '600', true, true],
  ['bitmask', '0600', 0o100600, true, true],
  ['bitmask', '0600', 0o100640, true, false],
  ['bitmask', '0644', '0689', true, false],
  ['bitmask', '0644', 'rw-r--r--', true, false],
  ['bitmask', '0644', undefined, false, false],
];

describe('operators', () => {
  it.each(ROWS)('%s %j vs %j (present %s) -> %s', (op, value, actual, present, want) => {
    const item = compileItem({ path: 'x', op, ...(value !== undefined ? { value } : {}) } as TestItem, 't');
    expect(item.test(actual, present)).toBe(want);
  });

  it.each([
    ['blah', 'x', 'unknown operator "blah"'],
    ['gt', 'five', 'operator gt needs a numeric value'],
    ['regex', '([', 'bad regex'],
    ['regex', 5, 'operator regex needs a string value'],
    ['in', 'a', 'operator in needs a list value'],
    ['bitmask', '0689', 'operator bitmask needs an octal mode'],
    ['bitmask', '999', 'operator bitmask needs an octal mode'],
    ['eq', undefined, 'operator eq needs a "value"'],
    ['exists', 'yes', 'operator exists takes no value, or true/false'],
  ])('refuses %s %j at load time', (op, value, msg) => {
    expect(() => compileItem({ path: 'x', op, ...(value !== undefined ? { value } : {}) } as TestItem, 'pack.yaml')).toThrow(msg);
  });

  it('refuses a misspelled field in a test item', () => {
    expect(() => compileItem({ path: 'x', op: 'eq', vaule: 1 } as unknown as TestItem, 'p')).toThrow('unknown field "vaule"');
  });
});

describe('getPath', () => {
  it.each([
    [{ a: { b: [1, { c: 'x' }] } }, 'a.b.1.c', true, 'x'],
    [{ 'x.y': 1 }, '["x.y"]', true, 1],
    [{ a: { 'anonymous-auth': 'false' } }, 'a.anonymous-auth', true, 'false'],
    [{ a: null }, 'a.b', false, undefined],
    [{ a: 1 }, 'toString', false, undefined],
    [5, '.', true, 5],
  ])('%j at %s', (root, path, present, value) => {
    expect(getPath(root, path)).toEqual({ present, value });
  });
});

const doc = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'pack.ssh.root',
  title: 'root login off',
  severity: 'high',
  pillar: 'identity',
  targetKinds: ['linux'],
  fact: 'x.sshd',
  tests: { binOp: 'and', items: [{ path: 'permitrootlogin', op: 'eq', value: 'no' }] },
  references: ['ref'],
  remediation: 'fix it',
  ...over,
});

describe('compileYamlCheck', () => {
  it('compiles a check that passes, fails and errors like any other', () => {
    const check = compileYamlCheck(doc(), 'p.yaml');
    expect(runCheck(check, { 'x.sshd': { permitrootlogin: 'no' } }).map((r) => [r.status, r.messageId])).toEqual([['pass', 'passed']]);
    const [fail] = runCheck(check, { 'x.sshd': { permitrootlogin: 'yes' } });
    expect([fail!.status, fail!.message, fail!.evidence]).toEqual(['fail', 'not met: root login off', 'expected permitrootlogin eq no; found permitrootlogin=yes']);
    const worded = compileYamlCheck(doc({ message: 'PermitRootLogin is {{found}}' }), 'p.yaml');
    expect(runCheck(worded, { 'x.sshd': { permitrootlogin: 'yes' } })[0]!.message).toBe('PermitRootLogin is yes');
    expect(runCheck(check, { 'x.sshd': { ok: false, reason: 'sshd -T: permission denied' } })[0]!.status).toBe('error');
  });

  it('binOp or passes when any item does', () => {
    const check = compileYamlCheck(doc({ tests: { binOp: 'or', items: [{ path: 'a', op: 'eq', value: 1 }, { path: 'b', op: 'exists' }] } }), 'p');
    expect(runCheck(check, { 'x.sshd': { b: 0 } })[0]!.status).toBe('pass');
    expect(runCheck(check, { 'x.sshd': { a: 2 } })[0]!.status).toBe('fail');
  });

  it.each([
    [{ severity: 'urgent' }, '"severity" must be one of'],
    [{ pillar: 'vibes' }, '"pillar" must be one of'],
    [{ targetKinds: [] }, 'at least one target kind'],
    [{ targetKinds: ['mainframe'] }, 'unknown target kind "mainframe"'],
    [{ tests: { items: [] } }, '"tests.items" must be a non-empty list'],
    [{ tests: { bin_op: 'and', items: [{ path: 'a', op: 'exists' }] } }, 'unknown field "tests.bin_op"'],
    [{ tests: { binOp: 'xor', items: [{ path: 'a', op: 'exists' }] } }, 'tests.binOp must be "and" or "or"'],
    [{ remedation: 'typo' }, 'unknown field "remedation"'],
    [{ id: 'Bad Id!' }, 'must be dotted words'],
    [{ remediation: '' }, '"remediation" must be a non-empty string'],
  ])('refuses %j', (over, msg) => {
    expect(() => compileYamlCheck(doc(over), 'p.yaml')).toThrow(msg);
  });

  it('loadYamlCheckFile: bad YAML and unreadable files are one-line usage errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-yaml-'));
    writeFileSync(join(dir, 'bad.yaml'), 'id: [unclosed\n  x: {');
    expect(() => loadYamlCheckFile(join(dir, 'bad.yaml'))).toThrow(/bad\.yaml: invalid YAML: /);
    expect(() => loadYamlCheckFile(join(dir, 'none.yaml'))).toThrow(/cannot read .*none\.yaml/);
    expect(() => loadYamlCheckFile(dir)).toThrow(UsageError);
  });
});

describe('properties', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-yamlprop-'));
  let n = 0;
  const viaFile = (text: string) => () => {
    const f = join(dir, `c${n++}.yaml`);
    writeFileSync(f, text);
    return loadYamlCheckFile(f);
  };

  it('arbitrary text ends in a check or one UsageError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => (loadsOrOneLineUsage(viaFile(s)), true)), { numRuns: 200 });
  });

  it('arbitrary YAML values end in a check or one UsageError', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => (loadsOrOneLineUsage(viaFile(stringify(v))), true)), { numRuns: 200 });
  });

  it('mutated check documents end in a check or one UsageError, and compiled ones evaluate without throwing', () => {
    const field = fc.constantFrom('id', 'title', 'severity', 'pillar', 'stage', 'targetKinds', 'fact', 'tests', 'references', 'remediation', 'cis', 'aliases', 'function', 'op', 'value', 'path', 'binOp');
    fc.assert(
      fc.property(field, fc.oneof(fc.jsonValue(), fc.constantFrom('eq', 'bitmask', 'regex', '0644', '(', ['linux'], 'and')), fc.jsonValue(), (k, v, facts) => {
        const d = structuredClone(doc()) as Record<string, unknown> & { tests: { binOp: unknown; items: Record<string, unknown>[] } };
        if (k === 'op' || k === 'value' || k === 'path') d.tests.items[0]![k] = v;
        else if (k === 'binOp') d.tests.binOp = v;
        else (d as Record<string, unknown>)[k] = v;
        let check: ReturnType<typeof compileYamlCheck> | undefined;
        loadsOrOneLineUsage(() => (check = compileYamlCheck(d, 'p.yaml')));
        if (check) {
          // evaluate() itself never throws (the engine would record "check failed: ...")
          const [r] = runCheck(check, { 'x.sshd': facts });
          expect(r!.message).not.toMatch(/^check failed/);
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
