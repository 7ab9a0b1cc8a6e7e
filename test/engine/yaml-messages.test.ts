// Every shipped YAML check says what is wrong in words (kube-bench style): a `message` template
// that renders, on each of its table's fail rows, without the raw comparison (`regex`, the
// pattern, `{{`, "(absent)"); the evidence keeps that comparison. Findings name their resource.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { compileYamlCheck, loadYamlCheckFile } from '../../src/engine/yaml-checks.js';
import { collectCheckTables, runCheck, runRow, type RecordedTable } from '../helpers/check-tester.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const yamlFiles = readdirSync(join(repoRoot, 'checks'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(repoRoot, 'checks', f))
  .sort();

const RAW = /regex|\{\{|\}\}|\(\?!|\(\^\||\(absent\)|expected .* found/;

let tables = new Map<string, RecordedTable[]>();
describe.skip('table files, imported for their rows', async () => {
  tables = await collectCheckTables(async () => {
    for (const f of yamlFiles) {
      const test = join(repoRoot, 'test/checks', basename(join(f, '..')), `${basename(f, '.yaml')}.test.ts`);
      await import(pathToFileURL(test).href);
    }
  });
});

describe('YAML check messages', () => {
  it('finds the shipped YAML checks', () => expect(yamlFiles.length).toBeGreaterThanOrEqual(40));

  it.each(yamlFiles.map((f) => [basename(f, '.yaml'), f]))('%s has a message that renders in words on every fail row', (id, file) => {
    const doc = parse(readFileSync(file, 'utf8')) as { message?: unknown };
    expect(typeof doc.message, `${id} has no message`).toBe('string');
    const check = loadYamlCheckFile(file);
    const rows = (tables.get(id) ?? []).flatMap((t) => t.table.fail ?? []);
    expect(rows.length, `${id} has no fail rows`).toBeGreaterThan(0);
    for (const row of rows) {
      const failed = runRow(check, 'fail', row).filter((r) => r.status === 'fail');
      for (const r of failed) {
        expect(r.message, id).not.toMatch(RAW);
        expect(r.message.length).toBeGreaterThan(10);
        // the raw comparison stays in the evidence
        expect(r.evidence, id).toMatch(/^expected .+; found .+/);
      }
    }
  });
});

describe('the message and resource fields', () => {
  const base = {
    id: 'x.flag',
    title: 'X has its flag',
    severity: 'low',
    pillar: 'identity',
    targetKinds: ['kubernetes'],
    fact: 'k8s.apiserver',
    remediation: 'Set it.',
    tests: { items: [{ path: 'flags.x', op: 'eq', value: 'true' }, { path: 'flags.y', op: 'exists' }] },
  };
  const fact = (flags: Record<string, string>) => ({
    'k8s.apiserver': { component: 'apiserver', flags, instances: [{ pod: { namespace: 'kube-system', name: 'kube-apiserver-cp1' }, container: 'c', flags, location: { file: 'm/kube-apiserver.yaml', line: 7 } }] },
  });

  it('fills {{found}}, {{found1}}, {{found2}} with the values found, "not set" when absent', () => {
    const check = compileYamlCheck({ ...base, message: '--x is {{found}} ({{found1}}), --y is {{found2}}' }, 't.yaml');
    const [r] = runCheck(check, fact({ x: 'false' }));
    expect(r!.status).toBe('fail');
    expect(r!.message).toBe('--x is false (false), --y is not set');
    expect(r!.evidence).toBe('expected flags.x eq true and flags.y exists; found flags.x=false; flags.y=(absent)');
  });

  it('names the static pod the flags came from, and its manifest line', () => {
    const check = compileYamlCheck({ ...base, message: '--x is {{found}}' }, 't.yaml');
    const [r] = runCheck(check, fact({ x: 'true', y: '1' }));
    expect(r!.status).toBe('pass');
    expect(r!.message).toBe('X has its flag');
    expect(r!.resource).toEqual({ kind: 'Pod', namespace: 'kube-system', name: 'kube-apiserver-cp1' });
    expect(r!.location).toEqual({ file: 'm/kube-apiserver.yaml', line: 7 });
  });

  it('takes a fixed resource when the fact names none', () => {
    const check = compileYamlCheck({ ...base, message: 'm', resource: { kind: 'sysctl', name: 'net.ipv4.tcp_syncookies' } }, 't.yaml');
    expect(runCheck(check, fact({}))[0]!.resource).toEqual({ kind: 'sysctl', name: 'net.ipv4.tcp_syncookies' });
  });

  it('without a message, says which expectation was not met', () => {
    const check = compileYamlCheck(base, 't.yaml');
    expect(runCheck(check, fact({}))[0]!.message).toBe('not met: X has its flag');
  });

  it.each([
    [{ message: 'bad {{value}}' }, 'unknown placeholder {{value}}'],
    [{ message: 'bad {{found3}}' }, 'unknown placeholder {{found3}}'],
    [{ message: 'half {{found' }, 'unknown placeholder {{'],
    [{ message: '' }, '"message" must be a non-empty string'],
    [{ resource: { kind: 'x' } }, '"resource" must be a mapping'],
    [{ resource: { kind: 'x', name: 'y', extra: 1 } }, 'unknown field "resource.extra"'],
  ])('refuses %j at load time', (extra, msg) => {
    expect(() => compileYamlCheck({ ...base, ...extra }, 't.yaml')).toThrow(UsageError);
    expect(() => compileYamlCheck({ ...base, ...extra }, 't.yaml')).toThrow(msg);
  });
});
