import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/validate.js';
import type { Report } from '../../src/report/model.js';
import { FIXTURE_SCAN, fx, ztaudit } from './helpers.js';

const basic = ['scan', '--facts', fx('facts', 'basic.json'), ...FIXTURE_SCAN];
const tmp = (): string => mkdtempSync(join(tmpdir(), 'ztaudit-cli-'));
const SECRETS = ['AKIAIOSFODNN7EXAMPLE', 'hunter2-Sup3r-S3cret', 'Zq8#corr3ct-h0rse'];

describe('scan --facts', () => {
  it('writes a valid JSON report to stdout and exits 0 when no gate is set', () => {
    const r = ztaudit([...basic, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(validateReport(report)).toEqual({ valid: true, errors: [] });
    expect(report.targets.map((t) => t.id)).toEqual(['kubernetes:prod', 'linux:db-1', 'linux:web-1']);
    expect(report.results.map((x) => `${x.targetId} ${x.checkId} ${x.status}`)).toEqual([
      'kubernetes:prod fixture.k8s.anonymous-auth pass',
      'linux:db-1 fixture.app.token-present not_applicable',
      'linux:db-1 fixture.audit.rules pass',
      'linux:db-1 fixture.fw.enabled error',
      'linux:db-1 fixture.ssh.root-login pass',
      'linux:web-1 fixture.app.token-present fail',
      'linux:web-1 fixture.audit.rules fail',
      'linux:web-1 fixture.fw.enabled pass',
      'linux:web-1 fixture.ssh.root-login fail',
    ]);
    expect(report.gate).toEqual({ passed: true, reasons: [] });
  });

  it.each([
    ['critical', 0],
    ['high', 1],
    ['medium', 1],
  ])('--fail-on %s exits %i', (sev, code) => {
    const r = ztaudit([...basic, '-f', 'json', '--fail-on', sev]);
    expect(r.code).toBe(code);
    expect((JSON.parse(r.stdout) as Report).gate.passed).toBe(code === 0);
  });

  it('--min-score above the score exits 1; an unreachable target exits 3', () => {
    expect(ztaudit([...basic, '-q', '--min-score', '99']).code).toBe(1);
    const r = ztaudit(['scan', '--facts', fx('facts', 'unreachable.json'), ...FIXTURE_SCAN, '-f', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('ztaudit: warning: incomplete: target linux:web-2 unreachable: timed out after 60s\n');
    expect(ztaudit(['scan', '--facts', fx('facts', 'unreachable.json'), ...FIXTURE_SCAN, '--min-coverage', '10', '--fail-on', 'low', '-q']).code).toBe(3);
  });

  it('writes every format to a folder, --save-facts too, and no planted secret appears anywhere', () => {
    const dir = tmp();
    const out = join(dir, 'reports');
    const r = ztaudit([...basic, '-f', 'table,json,sarif,junit,markdown,html', '-o', out, '--save-facts', join(dir, 'facts.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.json', 'report.md', 'report.sarif', 'report.txt', 'report.xml']);
    const texts = [...readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')), readFileSync(join(dir, 'facts.json'), 'utf8'), r.stderr];
    for (const text of texts) for (const s of SECRETS) expect(text).not.toContain(s);
    expect(readFileSync(join(dir, 'facts.json'), 'utf8')).toContain('"password": "****"');
    // the saved facts evaluate to the same results
    const again = JSON.parse(ztaudit(['scan', '--facts', join(dir, 'facts.json'), ...FIXTURE_SCAN, '-f', 'json']).stdout) as Report;
    const first = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(again.results).toEqual(first.results);
  });

  it('one format with -o is a file; the table goes to stdout by default, without colour when not a TTY', () => {
    const file = join(tmp(), 'out.sarif');
    expect(ztaudit([...basic, '-f', 'sarif', '-o', file]).code).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version).toBe('2.1.0');
    const table = ztaudit([...basic]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('fixture.ssh.root-login');
    expect(table.stdout).not.toMatch(/\u001b\[/);
    for (const s of SECRETS) expect(table.stdout).not.toContain(s);
  });

  it('is deterministic byte for byte once scan id, times and durations are blanked', () => {
    const blank = (text: string): string => {
      const r = JSON.parse(text) as Report;
      return JSON.stringify({ ...r, scan: { ...r.scan, id: '', startedAt: '', finishedAt: '', durationMs: 0 } });
    };
    const a = ztaudit([...basic, '-f', 'json']).stdout;
    const b = ztaudit([...basic, '-f', 'json']).stdout;
    expect(a).not.toBe(b);
    expect(blank(a)).toBe(blank(b));
  });

  it('--baseline: unchanged failures do not trip --fail-on', () => {
    const dir = tmp();
    const old = join(dir, 'old.json');
    expect(ztaudit([...basic, '-f', 'json', '-o', old]).code).toBe(0);
    const r = ztaudit([...basic, '-f', 'json', '--baseline', old, '--fail-on', 'low']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(new Set(report.results.map((x) => x.baselineState))).toEqual(new Set(['unchanged']));
    expect(report.summary.new).toBe(0);
  });

  it('--exceptions: excepted failures do not gate; expired ones are reported on stderr unless -q', () => {
    const file = join(tmp(), 'exceptions.yaml');
    writeFileSync(
      file,
      [
        '- check: fixture.ssh.root-login',
        '  target: "linux:web-*"',
        '  reason: jump host',
        '- check: "fixture.a*"',
        '  reason: backlog',
        '- check: fixture.fw.enabled',
        '  reason: old',
        '  expires: 2020-01-01',
      ].join('\n'),
    );
    const r = ztaudit([...basic, '-f', 'json', '--exceptions', file, '--fail-on', 'low']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('ztaudit: warning: exception for fixture.fw.enabled expired on 2020-01-01; it no longer applies\n');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.summary.excepted).toBe(3);
    expect(report.expiredExceptions).toEqual([{ check: 'fixture.fw.enabled', reason: 'old', expires: '2020-01-01' }]);
    expect(ztaudit([...basic, '-q', '--exceptions', file]).stderr).toBe('');
  });

  it('one format with -o naming an existing folder writes FOLDER/report.EXT', () => {
    const dir = tmp();
    expect(ztaudit([...basic, '-f', 'markdown', '-o', dir]).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('--checks also takes a single YAML check file', () => {
    const r = ztaudit(['scan', '--facts', fx('facts', 'basic.json'), '--checks', fx('packs', 'basic', 'fixture.fw.enabled.yaml'), '--only', 'fixture.*', '-f', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).results.map((x) => `${x.targetId} ${x.status}`)).toEqual(['linux:db-1 error', 'linux:web-1 pass']);
  });

  it('--shard and --pillar narrow the scan', () => {
    // linux:db-1 hashes into shard 1 of 2; linux:web-1 and kubernetes:prod into shard 2
    const r = ztaudit([...basic, '-f', 'json', '--shard', '1/2', '--pillar', 'identity']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scan.shard).toBe('1/2');
    expect(report.targets.map((t) => t.id)).toEqual(['linux:db-1']);
    expect(report.results.map((x) => x.checkId)).toEqual(['fixture.ssh.root-login']);
  });
});

describe('usage errors: one line on stderr, exit 2, nothing on stdout', () => {
  const dir = tmp();
  const notJson = join(dir, 'bad.json');
  writeFileSync(notJson, '{"kind": "ztaudit-facts", ');
  const badExceptions = join(dir, 'ex.yaml');
  writeFileSync(badExceptions, '- check: a\n');
  const badBaseline = join(dir, 'base.json');
  writeFileSync(badBaseline, '{"schemaVersion":"1"}');

  it.each([
    ['an unknown flag', ['scan', '--bogus'], /unknown option '--bogus'/],
    ['an unknown check id', [...basic, '--only', 'fixture.nope'], /^ztaudit: unknown check id fixture.nope$/],
    ['a missing facts file', ['scan', '--facts', join(dir, 'none.json')], /^ztaudit: cannot read facts .*none\.json: ENOENT$/],
    ['malformed facts JSON', ['scan', '--facts', notJson], /^ztaudit: facts .*bad\.json: malformed JSON/],
    ['a YAML pack with a bogus operator', ['scan', '--facts', fx('facts', 'basic.json'), '--checks', fx('packs', 'bad-op')], /fixture\.bad\.yaml: tests\.items\[0\]: unknown operator "bogus"/],
    ['a missing check pack', ['scan', '--facts', fx('facts', 'basic.json'), '--checks', join(dir, 'nopack')], /^ztaudit: cannot read check pack/],
    ['an unknown format', [...basic, '-f', 'json,pdf'], /^ztaudit: unknown format pdf/],
    ['several formats without -o', [...basic, '-f', 'json,sarif'], /^ztaudit: several formats \(json, sarif\) need -o FOLDER$/],
    ['several formats into a file', [...basic, '-f', 'json,sarif', '-o', fx('facts', 'basic.json')], /must be a folder when writing several formats$/],
    ['a bad --fail-on', [...basic, '--fail-on', 'severe'], /^ztaudit: bad --fail-on "severe"/],
    ['a bad --min-score', [...basic, '--min-score', 'lots'], /^ztaudit: bad --min-score "lots"/],
    ['a bad --shard', [...basic, '--shard', '3/2'], /^ztaudit: bad --shard "3\/2"/],
    ['a bad --concurrency', [...basic, '--concurrency', '0'], /^ztaudit: bad --concurrency "0"/],
    ['an unknown pillar', [...basic, '--pillar', 'vibes'], /^ztaudit: unknown pillar vibes/],
    ['a missing --root', ['scan', '--root', join(dir, 'nope'), ...FIXTURE_SCAN], /^ztaudit: cannot read --root folder .*: ENOENT$/],
    ['missing manifests', ['scan', '--manifests', join(dir, 'k8s'), ...FIXTURE_SCAN], /^ztaudit: cannot read manifests path/],
    ['a malformed exceptions file', [...basic, '--exceptions', badExceptions], /^ztaudit: exceptions .*ex\.yaml: entry 1: "reason" is required$/],
    ['a malformed baseline', [...basic, '--baseline', badBaseline], /^ztaudit: baseline .*base\.json: /],
    ['a malformed inventory', ['scan', '-i', fx('inventory', 'bad-kind.yaml'), ...FIXTURE_SCAN], /^ztaudit: inventory .*bad-kind\.yaml: targets\/0\/kind: must be one of/],
    // procfs answers ENOENT to mkdir under it; Node's recursive mkdir used to spin there forever
    ['a report folder the kernel refuses', [...basic, '-f', 'json,sarif', '-o', '/proc/ztaudit-nope'], /^ztaudit: cannot create folder \/proc\/ztaudit-nope: ENOENT$/],
    ['a report file in a folder the kernel refuses', [...basic, '-f', 'json', '-o', '/proc/ztaudit-nope/r.json'], /^ztaudit: cannot write \/proc\/ztaudit-nope\/r\.json: ENOENT/],
  ])('%s', (_name, args, want) => {
    const r = ztaudit(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(want);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('terminal behaviour (under script(1), which gives the CLI a TTY)', () => {
  const bin = `${process.execPath} ${fx('..', 'bin', 'ztaudit.js')}`;
  const tty = (cmd: string, env: Record<string, string> = {}): string =>
    spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env }, timeout: 60_000 }).stdout;

  it('colours the table on a TTY; NO_COLOR and --no-color turn it off', () => {
    const args = `scan --facts ${fx('facts', 'basic.json')} --checks ${fx('packs', 'basic')} --only 'fixture.*'`;
    expect(tty(`${bin} ${args}`)).toMatch(/\u001b\[/);
    expect(tty(`${bin} ${args}`, { NO_COLOR: '1' })).not.toMatch(/\u001b\[/);
    expect(tty(`${bin} ${args} --no-color`)).not.toMatch(/\u001b\[/);
  });

  it('shows progress on a TTY only, and never with -q', () => {
    const out = join(tmp(), 'facts.json');
    const cmd = `${bin} collect --ssh audit@127.0.0.1:2222`;
    // a bar redrawn in place (src/cli/progress.ts), erased before the warning that names the reason
    const shown = tty(`${cmd} -o ${out}`);
    expect(shown).toContain('[########################] 1/1 targets, 1 unreachable');
    expect(shown).toMatch(/\r\u001b\[2Kztaudit: warning: target linux:ssh:audit@127\.0\.0\.1:2222 unreachable: .*(refused|not available)/);
    expect(tty(`${cmd} -o ${out} -q`)).toBe('');
    expect(ztaudit(['collect', '--ssh', 'audit@127.0.0.1:2222', '-o', out]).stderr).not.toContain('targets');
  });

  it('-o into something that is not a regular file (a FIFO, /dev/stdout) writes into it and never replaces it', () => {
    const fifo = join(tmp(), 'pipe');
    spawnSync('mkfifo', [fifo]);
    const r = spawnSync('sh', ['-c', `cat "$1" > "$1.out" & ${bin} scan --facts ${fx('facts', 'basic.json')} --checks ${fx('packs', 'basic')} --only 'fixture.*' -f json -o "$1"; wait`, 'sh', fifo], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect((JSON.parse(readFileSync(`${fifo}.out`, 'utf8')) as Report).results).toHaveLength(9);
  });
});

describe('scan of a partly collected target', () => {
  const root = ['scan', '--root', fx('linux', 'k8s-node-root')];
  it('says why in one line and exits 0; --min-coverage is how to ask for exit 3', () => {
    const r = ztaudit([...root, '--no-color']);
    expect(r.code).toBe(0);
    // the line wraps to the width; continuation lines are indented by two spaces
    expect(r.stdout.replace(/\n  /g, ' ')).toMatch(/^linux:root:\S+ partial: \d+ facts not collected: linux\.storage: .*not found in the audited root; not assessed: /m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Gate: passed');
    const strict = ztaudit([...root, '--min-coverage', '100', '-f', 'json']);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/^ztaudit: warning: incomplete: coverage [\d.]+% is below --min-coverage 100\n$/);
  });
});
