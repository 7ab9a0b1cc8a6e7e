import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPaths } from '../../src/report/output.js';

describe('-o PATH', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zt-out-'));
  const file = join(dir, 'existing.json');
  writeFileSync(file, '{}');

  it.each([
    ['no -o, one format: stdout', ['json'], undefined, [['json', undefined]]],
    ['one format, a new file', ['json'], join(dir, 'r.json'), [['json', join(dir, 'r.json')]]],
    ['one format, an existing file', ['json'], file, [['json', file]]],
    ['one format, an existing folder', ['sarif'], dir, [['sarif', join(dir, 'report.sarif')]]],
    ['one format, a folder to create (trailing slash)', ['json'], join(dir, 'new') + '/', [['json', join(dir, 'new', 'report.json')]]],
    ['several formats, a folder', ['json', 'sarif'], join(dir, 'all'), [['json', join(dir, 'all', 'report.json')], ['sarif', join(dir, 'all', 'report.sarif')]]],
  ] as const)('%s', (_name, formats, output, want) => {
    expect([...outputPaths(formats, output)]).toEqual(want);
  });

  it('refuses several formats on stdout', () => {
    expect(() => outputPaths(['json', 'sarif'], undefined)).toThrow(/need -o FOLDER/);
  });
});
