// Offline Kubernetes input: YAML/JSON files and folders, multi-document YAML, `List` kinds and
// `kubectl get -A -o yaml` dumps. Reading files is here; turning text into objects is the pure
// parseManifestText. Problems are values (ManifestDiagnostic), never thrown: one bad file or
// document does not stop the others.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { K8sObject } from '../../kit/k8s/facts.js';
import { parseYamlFast } from './yaml-fast.js';
import { jsonItemLines, lineOfOffset } from './yaml-lines.js';

export type ManifestSeverity = 'fatal' | 'error' | 'warning';

export interface ManifestDiagnostic {
  severity: ManifestSeverity;
  file: string;
  line?: number;
  message: string;
}

export interface ManifestResult {
  objects: K8sObject[];
  diagnostics: ManifestDiagnostic[];
}

const MANIFEST_EXT = /\.(ya?ml|json)$/i;

/** Read files and folders (recursively, sorted; only .yaml/.yml/.json inside folders). */
export async function loadManifests(paths: readonly string[]): Promise<ManifestResult> {
  const objects: K8sObject[] = [];
  const diagnostics: ManifestDiagnostic[] = [];
  for (const p of paths) {
    let files: string[];
    try {
      files = await expand(p);
    } catch (err) {
      diagnostics.push({ severity: 'fatal', file: p, message: `cannot read ${p}: ${reason(err)}` });
      continue;
    }
    // A mistyped folder that exists but holds no manifests would otherwise audit nothing, silently.
    if (files.length === 0) diagnostics.push({ severity: 'warning', file: p, message: `${p}: no .yaml, .yml or .json file found` });
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        diagnostics.push({ severity: 'fatal', file, message: `cannot read ${file}: ${reason(err)}` });
        continue;
      }
      const r = parseManifestText(text, file);
      for (const o of r.objects) objects.push(o);
      for (const d of r.diagnostics) diagnostics.push(d);
    }
  }
  return { objects, diagnostics };
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(err);
}

async function expand(p: string): Promise<string[]> {
  const st = await stat(p);
  if (!st.isDirectory()) return [p];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && MANIFEST_EXT.test(e.name)) out.push(full);
    }
  };
  await walk(p);
  return out;
}

type Json = unknown;

const isRecord = (v: Json): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ParseOptions {
  /**
   * 'yaml' forces the `yaml` package's document API for YAML, the reference the fast path
   * (js-yaml, yaml-fast.ts) must agree with; the default takes the fast path when it can.
   */
  parser?: 'auto' | 'yaml';
}

/**
 * Pure: text of one file to objects. A YAML syntax error keeps the documents before it and
 * drops the rest of the file; content that is not a Kubernetes object is skipped with a warning.
 */
export function parseManifestText(text: string, file: string, options: ParseOptions = {}): ManifestResult {
  const objects: K8sObject[] = [];
  const diagnostics: ManifestDiagnostic[] = [];
  try {
    if (options.parser === 'yaml') {
      if (/\.json$/i.test(file) && looksLikeJson(text)) parseJson(text, file, objects, diagnostics);
      else parseYaml(text, file, objects, diagnostics);
    } else if (looksLikeJson(text) && parseJsonFast(text, file, objects, diagnostics)) {
      // JSON (also `kubectl -o json` saved as .yaml): JSON.parse is YAML 1.2-compatible on it.
    } else if (!parseYamlFastInto(text, file, objects, diagnostics)) {
      parseYaml(text, file, objects, diagnostics);
    }
  } catch (err) {
    // Defensive: a parser bug must not escape as an exception; it becomes a diagnostic.
    diagnostics.push({ severity: 'error', file, message: `${file}: cannot parse: ${err instanceof Error ? err.message : String(err)}` });
  }
  return { objects, diagnostics };
}

const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text);

function parseJson(text: string, file: string, objects: K8sObject[], diagnostics: ManifestDiagnostic[]): void {
  if (!parseJsonFast(text, file, objects, diagnostics)) {
    // Not strict JSON (comments, trailing commas...): YAML is a superset and reports positions.
    parseYaml(text, file, objects, diagnostics);
  }
}

/** Strict JSON via JSON.parse; false (nothing added) when the text is not strict JSON. */
function parseJsonFast(text: string, file: string, objects: K8sObject[], diagnostics: ManifestDiagnostic[]): boolean {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    return false;
  }
  const start = text.search(/\S/);
  const docLine = lineOfOffset(text, start < 0 ? 0 : start);
  const lines = isRecord(value) && Array.isArray(value.items) ? jsonItemLines(text) : [];
  addTopLevel(value, file, docLine, (i) => lines[i] ?? docLine, objects, diagnostics);
  return true;
}

/**
 * YAML through js-yaml (yaml-fast.ts). False, with nothing added, when the fast path cannot
 * vouch for giving what the `yaml` package gives (syntax errors among them): the caller then
 * parses the whole file with `yaml`.
 */
function parseYamlFastInto(text: string, file: string, objects: K8sObject[], diagnostics: ManifestDiagnostic[]): boolean {
  const docs = parseYamlFast(text);
  if (docs === undefined) return false;
  const lines: (number[] | undefined)[] = [];
  for (const doc of docs) {
    const v = doc.value;
    const isList = isRecord(v) && typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items) && v.items.length > 0;
    if (!isList) {
      lines.push(undefined);
      continue;
    }
    const found = doc.itemLines();
    // The line scan must account for every parsed item, else its lines cannot be trusted.
    if (found === undefined || found.length !== (v.items as unknown[]).length) return false;
    lines.push(found);
  }
  docs.forEach((doc, d) => {
    const itemLines = lines[d];
    addTopLevel(doc.value, file, doc.line, (i) => itemLines?.[i] ?? doc.line, objects, diagnostics);
  });
  return true;
}

function parseYaml(text: string, file: string, objects: K8sObject[], diagnostics: ManifestDiagnostic[]): void {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) {
    // An EmptyStream may still carry a stream-level error.
    const errs = (docs as { errors?: { message: string; pos?: [number, number] }[] }).errors ?? [];
    if (errs.length > 0) {
      const e = errs[0]!;
      diagnostics.push({ severity: 'error', file, line: e.pos ? lineCounter.linePos(e.pos[0]).line : 1, message: `${file}: YAML syntax error: ${firstLine(e.message)}` });
    }
    return;
  }
  for (const doc of list) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const line = lineCounter.linePos(e.pos[0]).line;
      diagnostics.push({
        severity: 'error',
        file,
        line,
        message: `${file}:${line}: YAML syntax error: ${firstLine(e.message)}; this document and the rest of the file were skipped`,
      });
      return;
    }
    const contents = doc.contents;
    if (contents === null) continue; // empty document (e.g. a trailing ---)
    const value = doc.toJS({ maxAliasCount: 1000 }) as Json;
    if (value === null || value === undefined) continue;
    const startOffset = contents.range?.[0] ?? doc.range[0];
    const docLine = lineCounter.linePos(startOffset).line;
    const items = isMap(contents) ? contents.get('items', true) : undefined;
    const itemLine = (i: number): number => {
      const node = isSeq(items) ? items.items[i] : undefined;
      const off = node && typeof node === 'object' && 'range' in node ? (node as { range?: [number, number, number] }).range?.[0] : undefined;
      return off !== undefined ? lineCounter.linePos(off).line : docLine;
    };
    addTopLevel(value, file, docLine, itemLine, objects, diagnostics);
  }
}

const firstLine = (s: string): string => s.split('\n')[0]!.trim();

function addTopLevel(
  value: Json,
  file: string,
  docLine: number,
  itemLine: (i: number) => number,
  objects: K8sObject[],
  diagnostics: ManifestDiagnostic[],
): void {
  if (!isRecord(value) || typeof value.kind !== 'string' || value.kind === '') {
    diagnostics.push({ severity: 'warning', file, line: docLine, message: `${file}:${docLine}: not a Kubernetes object (no kind); skipped` });
    return;
  }
  const kind = value.kind;
  if (Array.isArray(value.items) && (kind === 'List' || kind.endsWith('List'))) {
    // Typed lists (PodList, NamespaceList...) leave `kind` out of their items.
    const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
    value.items.forEach((item: Json, i: number) => {
      const line = itemLine(i);
      if (!isRecord(item)) {
        diagnostics.push({ severity: 'warning', file, line, message: `${file}:${line}: list item ${i} is not an object; skipped` });
        return;
      }
      const k = typeof item.kind === 'string' && item.kind !== '' ? item.kind : itemKind;
      if (!k) {
        diagnostics.push({ severity: 'warning', file, line, message: `${file}:${line}: list item ${i} has no kind; skipped` });
        return;
      }
      objects.push(toObject({ ...item, kind: k }, file, line));
    });
    return;
  }
  objects.push(toObject(value, file, docLine));
}

function toObject(value: Record<string, unknown>, file: string, line: number): K8sObject {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return { ...value, kind: value.kind as string, metadata, $source: { file, line } } as K8sObject;
}
