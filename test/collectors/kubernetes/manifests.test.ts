import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadManifests, parseManifestText } from '../../../src/collectors/kubernetes/manifests.js';

const FIX = path.resolve(import.meta.dirname, '../../../fixtures/netpol/manifests');

describe('loadManifests', () => {
  it('reads folders recursively (sorted, yaml/yml/json only), multi-doc YAML, typed and untyped lists, with file and line', async () => {
    const { objects, diagnostics } = await loadManifests([FIX]);
    const seen = objects.map((o) => [o.kind, o.metadata.name, path.basename(o.$source!.file), o.$source!.line]);
    expect(seen).toEqual([
      ['Namespace', 'shop', 'a-multi.yaml', 2],
      ['Deployment', 'web', 'a-multi.yaml', 8],
      ['Pod', 'db-0', 'b-list.json', 5],
      ['Pod', 'db-1', 'b-list.json', 10],
      ['Namespace', 'kept', 'd-broken.yaml', 1],
      ['NetworkPolicy', 'db', 'c-dump.yml', 3],
      ['ConfigMap', 'cfg', 'c-dump.yml', 15],
    ]);
    expect(diagnostics.map((d) => [d.severity, path.basename(d.file), d.line])).toEqual([
      ['error', 'd-broken.yaml', 10],
      ['warning', 'stale-output.json', 1],
    ]);
    expect(diagnostics[0]!.message).toMatch(/YAML syntax error.*rest of the file were skipped/);
  });

  it('a missing path is a fatal diagnostic, other paths are still read', async () => {
    const { objects, diagnostics } = await loadManifests(['/no/such/path', path.join(FIX, 'a-multi.yaml')]);
    expect(objects).toHaveLength(2);
    expect(diagnostics).toEqual([{ severity: 'fatal', file: '/no/such/path', message: 'cannot read /no/such/path: no such file or directory' }]);
  });
});

describe('parseManifestText', () => {
  it('derives the item kind from a typed list kind', () => {
    const { objects } = parseManifestText('kind: NamespaceList\nitems:\n- metadata: {name: a}\n- metadata: {name: b}\n', 'x.yaml');
    expect(objects.map((o) => [o.kind, o.metadata.name, o.$source?.line])).toEqual([
      ['Namespace', 'a', 3],
      ['Namespace', 'b', 4],
    ]);
  });

  it('skips a document without kind with a warning', () => {
    const r = parseManifestText('foo: bar\n---\nkind: Pod\nmetadata: {name: p}\n', 'x.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['p']);
    expect(r.diagnostics).toEqual([{ severity: 'warning', file: 'x.yaml', line: 1, message: 'x.yaml:1: not a Kubernetes object (no kind); skipped' }]);
  });

  it('never throws: arbitrary text ends in objects or diagnostics', () => {
    const yamlish = fc.array(fc.constantFrom('kind: Pod', 'items:', '- ', '---', '{', '}', '[', ']', ':', 'metadata:', '  name: x', '\n', '"', "'", '&a', '*a', '!!map', 'kind: List', 'kind: PodList', '\t', '#'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish, fc.json()), fc.constantFrom('f.yaml', 'f.json'), (text, file) => {
        const r = parseManifestText(text, file);
        expect(Array.isArray(r.objects)).toBe(true);
        expect(Array.isArray(r.diagnostics)).toBe(true);
        for (const o of r.objects) expect(typeof o.kind).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
