// A reader that stops early (`ztaudit scan -f json | head`) is not a crash: no stack trace, and
// the exit code is still the gate's.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { fx, repoRoot } from './helpers.js';

it('keeps the gate exit code and prints no stack trace when stdout closes early', () => {
  const bin = resolve(repoRoot, 'bin/ztaudit.js');
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" scan --manifests "${fx('manifests', 'bad-cluster')}" -f json --fail-on high | head -c 10 >/dev/null; echo "rc=\${PIPESTATUS[0]}" >&2`], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(r.stderr).toContain('rc=1');
  expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
});
