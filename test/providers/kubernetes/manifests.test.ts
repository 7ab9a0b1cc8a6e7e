import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadManifests, parseManifestText } from '../../../src/providers/kubernetes/manifests.js';

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

  it('a folder without manifest files is a warning naming it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'ztaudit-empty-'));
    try {
      const { objects, diagnostics } = await loadManifests([empty]);
      expect(objects).toEqual([]);
      expect(diagnostics).toEqual([{ severity: 'warning', file: empty, message: `${empty}: no .yaml, .yml or .json file found` }]);
    } finally {
      await rm(empty, { recursive: true });
    }
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

  it('gives each document of a multi-document file the line its content starts on', () => {
    const text = [
      '# Source: chart/templates/ns.yaml', // 1
      '---', // 2
      '# Source: chart/templates/sa.yaml', // 3
      'apiVersion: v1', // 4
      'kind: ServiceAccount', // 5
      'metadata: {name: sa}', // 6
      '---', // 7
      '---', // 8: an empty document
      '', // 9
      'kind: ConfigMap', // 10
      'metadata:', // 11
      '  name: cm', // 12
      'data:', // 13
      '  script: |', // 14
      '    ---', // 15: not a marker, indented inside the block scalar
      '    echo hi', // 16
      '...', // 17
      'kind: Secret', // 18: a bare document after `...`
      'metadata: {name: s}', // 19
    ].join('\n');
    const { objects, diagnostics } = parseManifestText(text, 'm.yaml');
    expect(diagnostics).toEqual([]);
    expect(objects.map((o) => [o.kind, o.metadata.name, o.$source?.line])).toEqual([
      ['ServiceAccount', 'sa', 4],
      ['ConfigMap', 'cm', 10],
      ['Secret', 's', 18],
    ]);
    expect((objects[1] as unknown as { data: { script: string } }).data.script).toBe('---\necho hi\n');
    expect(parseManifestText(text.replaceAll('\n', '\r\n'), 'm.yaml').objects.map((o) => o.$source?.line)).toEqual([4, 10, 18]);
  });

  it('gives each item of a kubectl List dump the line of its `-`, compact or indented', () => {
    const compact = [
      'apiVersion: v1', // 1
      'items:', // 2
      '- apiVersion: v1', // 3
      '  kind: Pod', // 4
      '  metadata:', // 5
      '    name: a', // 6
      '# between items', // 7
      '- kind: Pod', // 8
      '  metadata: {name: b}', // 9
      '  spec:', // 10
      '    containers:', // 11
      '    - name: c', // 12: a nested sequence is not an item
      'kind: List', // 13
      'metadata:', // 14
      '  resourceVersion: ""', // 15
    ].join('\n');
    expect(parseManifestText(compact, 'l.yaml').objects.map((o) => [o.metadata.name, o.$source?.line])).toEqual([
      ['a', 3],
      ['b', 8],
    ]);
    const indented = 'kind: ServiceList\nitems:\n  - metadata:\n      name: a\n\n  - metadata: {name: b}\n';
    expect(parseManifestText(indented, 'l.yaml').objects.map((o) => [o.kind, o.metadata.name, o.$source?.line])).toEqual([
      ['Service', 'a', 3],
      ['Service', 'b', 6],
    ]);
  });

  it('reads JSON saved as .yaml through JSON.parse, with the same lines', () => {
    const text = '{\n  "kind": "List",\n  "items": [\n    {\n      "kind": "Pod",\n      "metadata": {"name": "a"}\n    },\n    {"kind": "Pod", "metadata": {"name": "b"}}\n  ]\n}\n';
    expect(parseManifestText(text, 'dump.yaml')).toEqual(parseManifestText(text, 'dump.yaml', { parser: 'yaml' }));
    expect(parseManifestText(text, 'dump.yaml').objects.map((o) => o.$source?.line)).toEqual([4, 8]);
  });

  it('keeps the documents before a syntax error and reports it at its line', () => {
    const text = 'kind: Namespace\nmetadata: {name: kept}\n---\nkind: Pod\nmetadata:\n  name: "unclosed\n---\nkind: Pod\nmetadata: {name: lost}\n';
    const r = parseManifestText(text, 'e.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['kept']);
    // the `yaml` package places an unclosed quote's error at the end of the stream
    expect(r.diagnostics.map((d) => [d.severity, d.line])).toEqual([['error', 10]]);
    expect(r.diagnostics[0]!.message).toMatch(/^e\.yaml:10: YAML syntax error: .*the rest of the file were skipped$/);
    expect(r).toEqual(parseManifestText(text, 'e.yaml', { parser: 'yaml' }));
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
