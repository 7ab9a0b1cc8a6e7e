// The fast path (js-yaml + line scans, yaml-fast.ts) must give exactly what the `yaml` package's
// document API gives: same objects, same $source lines, same diagnostics. Checked on every real
// manifest we hold and on generated YAML-ish text built to hit the differences between the parsers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseManifestText } from '../../../src/providers/kubernetes/manifests.js';
import { parseYamlFast, splitDocuments } from '../../../src/providers/kubernetes/yaml-fast.js';

const REPO = path.resolve(import.meta.dirname, '../../..');

function manifestFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

const both = (text: string, file: string) => ({ fast: parseManifestText(text, file), reference: parseManifestText(text, file, { parser: 'yaml' }) });

describe('fast path equals the yaml package', () => {
  // fixtures/ holds netpol-analyzer's test manifests (netpol-oracle) and kube-bench's YAML besides our own.
  const files = manifestFiles(path.join(REPO, 'fixtures'));

  it('finds the real inputs', () => expect(files.length).toBeGreaterThan(100));

  it('on every fixture: oracle inputs, kube-bench YAML and our own (objects, lines, diagnostics)', () => {
    let fastTaken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { fast, reference } = both(text, file);
      expect(fast, file).toEqual(reference);
      if (!/\.json$/i.test(file) && parseYamlFast(text) !== undefined) fastTaken++;
    }
    // Most real YAML must actually go the fast way, or this proves nothing.
    expect(fastTaken).toBeGreaterThan(files.length / 2);
  });

  it('resolves scalars like the YAML 1.2 core schema of the yaml package', () => {
    const text = 'kind: Pod\nmetadata: {name: p}\nv: [yes, no, on, off, y, n, 0o10, 010, 0x1F, 0b11, 1_000, +12, -0, .5, 1., 1e3, +.inf, -.Inf, .NaN, ~, Null, NULL, TRUE, False, 2020-01-01, 12:30, "1", <<]\n';
    const { fast, reference } = both(text, 'x.yaml');
    expect(fast).toEqual(reference);
    expect(parseYamlFast(text)).toBeDefined();
    expect((fast.objects[0] as unknown as { v: unknown[] }).v).toEqual(['yes', 'no', 'on', 'off', 'y', 'n', 8, 10, 31, '0b11', '1_000', 12, -0, 0.5, 1, 1000, Infinity, -Infinity, NaN, null, null, null, true, false, '2020-01-01', '12:30', '1', '<<']);
  });

  it('leaves to the yaml package what js-yaml reads differently', () => {
    for (const text of [
      'kind: Pod\na: "x\ny"\n', // under-indented quoted continuation: an error for yaml
      'kind: Pod\nb:\n  c: [1,\n  2]\n', // under-indented flow continuation
      'kind: Pod\nx: &a {k: 1}\ny: *a\n', // aliases: yaml caps their expansion
      'kind: Pod\n~: 1\n', // null key: "" in yaml, "null" in js-yaml
      'kind: Pod\n[a, b]: 1\n', // collection key
      'kind: Pod\na: !!binary aGk=\n', // tag outside the core schema
      'kind: Pod\na: 1\na: 2\n', // duplicate key: js-yaml rejects it
      '%YAML 1.1\n---\nkind: Pod\na: yes\n', // directive: 1.1 schema
    ]) {
      expect(parseYamlFast(text), text).toBeUndefined();
      const { fast, reference } = both(text, 'x.yaml');
      expect(fast, text).toEqual(reference);
    }
  });

  it('finds no item lines in a flow sequence, so the yaml package gives them', () => {
    const text = 'kind: List\nitems: [{kind: Pod, metadata: {name: a}},\n  {kind: Pod, metadata: {name: b}}]\n';
    expect(parseYamlFast(text)![0]!.itemLines()).toBeUndefined();
    const { fast, reference } = both(text, 'x.yaml');
    expect(fast).toEqual(reference);
    expect(fast.objects.map((o) => o.$source?.line)).toEqual([2, 3]);
  });

  it('splits at column-0 markers only, even inside a block scalar', () => {
    const text = 'a: |\n  ---\n---\nb: |\n  x\n---\n...\nc: 1\n';
    expect(splitDocuments(text).map((c) => [c.firstLine, text.slice(c.start, c.end)])).toEqual([
      [1, 'a: |\n  ---\n'],
      [3, '---\nb: |\n  x\n'],
      [6, '---\n...\n'],
      [8, 'c: 1\n'],
    ]);
    expect(both(text, 'x.yaml').fast).toEqual(both(text, 'x.yaml').reference);
  });

  // Fragments chosen to meet the parsers' differences: indentation of continuations, quotes,
  // flow collections, block scalars, comments, markers, keys, tags, anchors, CRLF.
  const fragment = fc.constantFrom(
    'kind: Pod', 'kind: List', 'kind: PodList', 'items:', '- ', '-', 'a: ', 'b:', 'metadata:', 'name: n', 'c: d',
    '"x', 'y"', '"', "'q", "z'", "'", '[', ']', '{', '}', ', ', ',', '|', '|-', '>', '# c', ' #', '---', '...', '--- ',
    'x', '1', 'yes', '0o7', '~', 'null', '&a ', '*a', '!!str ', '\t', ': ', ':', '? ', '\\', '\r', 'kind: Namespace', '  ',
  );
  const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.array(fragment, { maxLength: 5 })).map(([n, parts]) => ' '.repeat(n) + parts.join(''));
  const yamlish = fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n') + '\n');

  // Valid manifests as emitters write them: kubectl-like compact or indented sequences, long
  // strings folded over lines (quoted and plain), block scalars, odd keys and scalars.
  const scalar = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('yes', 'on', '0o10', '010', '0x1F', '1_000', '1e3', '.5', '~', 'null', 'true', '2020-01-01T00:00:00Z', '', ' lead', 'a: b', '- x', '# no', 'line\nbreak\n', '  indented\n  text\n', '"q"', "it's", '*', '&', '!x', '[a]', '{a}', '---', '...', 'key: |\n  x'),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.lorem({ maxCount: 30 }),
  );
  const keyName = fc.oneof(fc.constantFrom('name', 'image', 'data', 'items', 'kind', 'a b', 'x:y', '-k', 'on', '1'), fc.string({ minLength: 1, maxLength: 8 }));
  const value = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(keyName, tie('v'), { maxKeys: 3 })),
  })).v;
  const object = fc.record({ kind: fc.constantFrom('Pod', 'ConfigMap', 'Namespace'), metadata: fc.record({ name: fc.string({ maxLength: 10 }) }), spec: fc.dictionary(keyName, value, { maxKeys: 4 }) });
  const emitted = fc
    .tuple(
      fc.array(object, { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom(0, 20, 80),
      fc.constantFrom<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
    )
    .map(([objs, asList, indentSeq, lineWidth, defaultStringType]) => {
      const opts = { indentSeq, lineWidth, minContentWidth: 0, defaultStringType };
      return asList ? stringify({ apiVersion: 'v1', kind: 'List', items: objs }, opts) : objs.map((o) => `# c\n---\n${stringify(o, opts)}`).join('');
    });

  it('on generated valid manifests, mostly through the fast path', () => {
    let fastTaken = 0;
    let runs = 0;
    fc.assert(
      fc.property(emitted, (text) => {
        runs++;
        if (parseYamlFast(text) !== undefined) fastTaken++;
        const { fast, reference } = both(text, 'f.yaml');
        expect(fast).toEqual(reference);
      }),
      { numRuns: Math.ceil(Number(process.env.FAST_PATH_RUNS ?? 3000) / 3) },
    );
    // about 95%: the rest hold keys like `a]: b` that the fast path leaves to `yaml` on purpose
    expect(fastTaken).toBeGreaterThan(runs * 0.8);
  });

  it('on generated YAML-ish text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const { fast, reference } = both(text, 'f.yaml');
        expect(fast).toEqual(reference);
      }),
      { numRuns: Number(process.env.FAST_PATH_RUNS ?? 3000) },
    );
  });
});
