import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { table } from './text-writers.js';
import { fitColumns } from '../../src/report/terminal/columns.js';
import { reportWidth, truncate, wrap } from '../../src/report/terminal/width.js';
import { fx, ztaudit } from '../cli/helpers.js';

const longest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));
const BOX_START = /^[┌│├└]/;
const BOX_END: Record<string, string> = { '┌': '┐', '│': '│', '├': '┤', '└': '┘' };

/** Every line within the width; box drawing never wrapped; one rule (under the heading) per table. */
function expectFits(text: string, width: number): void {
  expect(longest(text)).toBeLessThanOrEqual(width);
  const lines = text.split('\n');
  for (const l of lines) if (BOX_START.test(l)) expect(l.at(-1), l).toBe(BOX_END[l[0]!]);
  expect(lines.filter((l) => l.startsWith('├')).length).toBe(lines.filter((l) => l.startsWith('┌')).length);
}

describe('terminal width', () => {
  it('is the terminal’s on a TTY, else COLUMNS, else 120; a file ignores the terminal', () => {
    const tty = { isTTY: true, columns: 93 };
    expect(reportWidth(false, { COLUMNS: '200' }, tty)).toBe(93);
    expect(reportWidth(false, { COLUMNS: '200' }, { isTTY: false })).toBe(200);
    expect(reportWidth(true, { COLUMNS: '200' }, tty)).toBe(200);
    expect(reportWidth(false, {}, { isTTY: false })).toBe(120);
    expect(reportWidth(false, { COLUMNS: 'wide' }, { isTTY: false })).toBe(120);
    expect(reportWidth(false, { COLUMNS: '10' }, { isTTY: false })).toBe(40);
  });

  it('truncates with an ellipsis and wraps at words, cutting only words longer than a line', () => {
    expect(truncate('linux.accounts.system-accounts-locked', 16)).toBe('linux.accounts.…');
    expect(truncate('short', 16)).toBe('short');
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('abcdefghijkl xy', 5, '  ')).toEqual(['abcde', '  fgh', '  ijk', '  l', '  xy']);
    expect(wrap('flags.enable-admission-plugins=(absent)', 20)).toEqual(['flags.enable-', 'admission-plugins=', '(absent)']);
    for (const l of wrap('a '.repeat(50) + 'b'.repeat(70), 20, '    ')) expect(l.length).toBeLessThanOrEqual(20);
  });

  it('drops columns first, then narrows them, and gives up only when nothing fits', () => {
    const cols = [
      { head: 'A', cells: ['aaaaaaaaaa'] },
      { head: 'Drop', cells: ['dddddddddddddddddddd'], dropOrder: 1 },
      { head: 'Shrink', cells: ['ssssssssssssssssssss'], min: 8 },
      { head: 'Msg', cells: ['m'.repeat(60)], flex: true },
    ];
    expect(fitColumns(cols, 200)).toEqual({ shown: [0, 1, 2, 3], widths: [10, 20, 20, 60] });
    expect(fitColumns(cols, 80)).toEqual({ shown: [0, 2, 3], widths: [10, 20, 40] });
    expect(fitColumns(cols, 60)).toEqual({ shown: [0, 2, 3], widths: [10, 10, 30] });
    expect(fitColumns(cols, 30)).toBeUndefined();
  });
});

describe('the table fits 80, 100, 120 and 200 columns', () => {
  const scans: Record<string, string[]> = {
    'a local scan (--root)': ['--root', fx('linux', 'weak-root')],
    'a manifest scan': ['--manifests', fx('manifests', 'bad-cluster')],
    'a scan with an unreachable target': ['--ssh', 'root@127.0.0.1:1'],
  };
  it.each(Object.entries(scans))('%s', (_name, args) => {
    const r = ztaudit(['scan', ...args, '-f', 'json', '-q']);
    expect([0, 3]).toContain(r.code);
    const report = JSON.parse(r.stdout) as Report;
    for (const width of [80, 100, 120, 200]) expectFits(table(report, { color: false, width }), width);
    // the other groupings at the narrowest width, where fitting is hardest
    for (const groupBy of ['target', 'check', 'severity'] as const) expectFits(table(report, { color: false, width: 80, groupBy }), 80);
    for (const width of [40, 60]) expect(longest(table(report, { color: false, width }))).toBeLessThanOrEqual(width);
  });

  it('the CLI takes the width from COLUMNS (120 without it) and says an unreachable target in one line', () => {
    for (const [columns, width] of [['80', 80], ['', 120]] as const) {
      const r = ztaudit(['scan', '--ssh', 'root@127.0.0.1:1'], { COLUMNS: columns });
      expect(r.code).toBe(3);
      expectFits(r.stdout, width);
      expect(r.stdout.split('\n').slice(0, 2)).toEqual(['Targets: 1 (1 unreachable)', expect.stringMatching(/^linux:ssh:root@127\.0\.0\.1:1 unreachable: .*refused/)]);
      expect(r.stdout).not.toContain('│ error');
      // the table's last line says it; stderr does not repeat it
      expect(r.stderr).toBe('');
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Incomplete: 1 target unreachable (exit 3)');
    }
    const local = ztaudit(['scan', '--root', fx('linux', 'weak-root')], { COLUMNS: '100' });
    expectFits(local.stdout, 100);
  });
});

describe('the grid', () => {
  it('counts wide characters as two columns and cuts them, so box drawing stays aligned', async () => {
    const { renderGrid, displayWidth } = await import('../../src/report/terminal/grid.js');
    expect(displayWidth('名前abc')).toBe(7);
    const cols = [
      { head: 'Name', cells: ['名前名前名前名前', 'ascii'] },
      { head: 'Message', cells: ['ok', 'fine'], flex: true },
    ];
    const out = renderGrid(cols, { shown: [0, 1], widths: [6, 10] }, (t) => t, (t) => t);
    const widths = out.split('\n').map((l) => [...l].reduce((n, ch) => n + displayWidth(ch), 0));
    expect(new Set(widths)).toEqual(new Set([6 + 10 + 7]));
    expect(out).toContain('│ 名前…  │');
  });
});
