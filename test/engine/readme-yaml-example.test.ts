// The README's declarative YAML check is what operators copy into their packs: it must load and
// evaluate as documented (it once had an unquoted `values["..."]` path inside a flow mapping,
// which YAML rejects, so the documented example failed with exit 2).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadYamlCheckFile } from '../../src/engine/yaml-checks.js';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ztaudit-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README YAML check example', () => {
  it('loads as a pack check on the linux.sysctl fact', () => {
    const block = /```yaml\n(id: [\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const file = join(dir, 'site.sysctl.bpf-jit-harden.yaml');
    writeFileSync(file, block!);
    const check = loadYamlCheckFile(file);
    expect(check.meta.id).toBe('site.sysctl.bpf-jit-harden');
    expect(check.meta.facts).toEqual(['linux.sysctl']);
  });
});
