// The progress bar: drawn on a terminal's stderr only, never with -q or into a pipe; one line
// redrawn in place that counts targets done and lost and estimates the time left. Unit-tested
// with an injected terminal stream, and end to end under a pseudo-terminal (util-linux `script`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressBar, progressLine, type ProgressStream } from '../../src/cli/progress.js';
import { makeConsole } from '../../src/cli/scan-common.js';
import type { TargetFacts } from '../../src/engine/facts.js';
import { fx, repoRoot } from './helpers.js';

function fakeStream(isTTY: boolean, columns = 100): ProgressStream & { out: string } {
  const s = {
    isTTY,
    columns,
    out: '',
    write(text: string): boolean {
      s.out += text;
      return true;
    },
  };
  return s;
}
const ERASE = '\r\u001b[2K';

describe('progress line', () => {
  it('counts targets done, lost and partial, and estimates the time left from the pace so far', () => {
    expect(progressLine({ done: 10, total: 40, unreachable: 1, partial: 2, elapsedMs: 5_000, last: 'linux:ssh:web-7' }, 200)).toBe(
      '[######..................] 10/40 targets, 1 unreachable, 2 partial, ETA 0:15 linux:ssh:web-7',
    );
    expect(progressLine({ done: 40, total: 40, unreachable: 0, partial: 0, elapsedMs: 65_000 }, 200)).toBe('[########################] 40/40 targets, 1:05 elapsed');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });

  it('fits the width it is given and keeps control characters out', () => {
    const line = progressLine({ done: 1, total: 3, unreachable: 0, partial: 0, elapsedMs: 10, last: `evil\u001b[2Jname${'x'.repeat(100)}` }, 60);
    expect(line.length).toBe(60);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('progress bar', () => {
  it('on a terminal: redraws one line in place, throttled, and erases itself at the end', () => {
    let now = 0;
    const tty = fakeStream(true, 70);
    const bar = new ProgressBar(tty, true, () => now);
    now = 1_000;
    bar.update(1, 3, 'ok', 'a');
    now = 1_050; // within the redraw interval: not drawn
    bar.update(2, 3, 'unreachable', 'b');
    now = 3_000;
    bar.update(3, 3, 'ok', 'c'); // the last one is always drawn
    bar.finish();
    const frames = tty.out.split(ERASE).filter(Boolean);
    expect(frames).toEqual(['[########................] 1/3 targets, ETA 0:02 a', '[########################] 3/3 targets, 1 unreachable, 0:03 elapsed c']);
    expect(tty.out.endsWith(ERASE)).toBe(true);
    for (const f of frames) expect(f.length).toBeLessThan(70);
  });

  it('draws nothing into a pipe, nor with --quiet', () => {
    for (const [stream, enabled] of [[fakeStream(false), true], [fakeStream(true), false]] as const) {
      const bar = new ProgressBar(stream, enabled);
      bar.update(1, 1, 'ok', 'a');
      bar.finish();
      expect(stream.out).toBe('');
    }
  });

  it('a warning clears the bar, prints whole, and the bar comes back', () => {
    const tty = fakeStream(true);
    const con = makeConsole({}, tty);
    const t = { target: { id: 'linux:a', kind: 'linux', name: 'a' }, status: 'ok', durationMs: 1, facts: {} } as TargetFacts;
    con.progress(1, 2, t);
    con.warn('something odd');
    con.finish();
    expect(tty.out.split(ERASE).filter(Boolean)).toEqual([
      expect.stringContaining('1/2 targets'),
      'ztaudit: warning: something odd\n',
      expect.stringContaining('1/2 targets'),
    ]);
    const quiet = fakeStream(true);
    const q = makeConsole({ quiet: true }, quiet);
    q.progress(1, 2, t);
    q.warn('hidden');
    q.finish();
    expect(quiet.out).toBe('');
  });
});

const haveScript = existsSync('/usr/bin/script');
describe.skipIf(!haveScript)('under a pseudo-terminal (script)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-progress-'));
  const run = (extra: string[]): string => {
    const cmd = [process.execPath, join(repoRoot, 'bin/ztaudit.js'), 'scan', '--root', fx('linux', 'weak-root'), '--ssh', 'root@127.0.0.1:1', '-f', 'json', '-o', join(dir, 'r.json'), ...extra];
    const r = spawnSync('script', ['-qec', cmd.map((a) => `'${a}'`).join(' '), '/dev/null'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '100' }, timeout: 60_000 });
    return r.stdout;
  };
  it('scan draws the bar on the terminal, and -q draws nothing', () => {
    try {
      const shown = run([]);
      expect(shown).toContain('2/2 targets, 1 unreachable');
      expect(shown).toContain(ERASE);
      const quiet = run(['-q']);
      expect(quiet).not.toContain('targets');
      expect(quiet).not.toContain(ERASE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
