// SARIF 2.1.0 for GitHub code scanning (CONTRACT.md "SARIF").
// - one run per target kind, automationDetails.id `ztaudit/KIND/` (GitHub rejects two runs of one
//   category in an upload); a kind with no open failure still gets its (empty) run, which is how
//   GitHub learns that earlier alerts of that category are fixed;
// - one rule per check; only open failing results (status fail, no accepted-risk exception):
//   warnings, errors and passes are not code-scanning alerts;
// - every result has a location: the manifest file and line when known, otherwise a stable
//   pseudo-path `ztaudit/KIND/TARGET/...` (line 1) plus a logicalLocation with the real identity;
//   nothing in a location or fingerprint changes between runs (no scan id, time or message);
// - GitHub's limits are enforced here, never exceeded: 25,000 results per run (most severe kept, and
//   only those kept are built),
//   20 runs, 10 MB gzip, 20 tags per rule. What was left out is said in run.properties and returned
//   as warnings for the CLI to print on stderr.
import { KINDS } from '../kinds/registry.js';
import { isAbsolute, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Result, Severity, TargetKind } from '../engine/types.js';
import type { Report, ReportCheck, ReportWriter } from './model.js';
import { jsonChunks } from './json-stream.js';
import { sortFindings, isOpenFailure, resourceLabel } from './order.js';

export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
export const FINGERPRINT_KEY = 'ztaudit/v1';

export interface SarifLimits {
  maxResultsPerRun: number;
  maxRuns: number;
  maxGzipBytes: number;
  maxTagsPerRule: number;
}
/** GitHub code scanning's upload limits. */
export const GITHUB_LIMITS: SarifLimits = { maxResultsPerRun: 25_000, maxRuns: 20, maxGzipBytes: 10 * 1024 * 1024, maxTagsPerRule: 20 };

export interface SarifOptions {
  limits?: Partial<SarifLimits>;
  /** folder that relative artifact URIs are relative to (the repository root in CI); default cwd */
  baseDir?: string;
}

// Minimal SARIF shapes: only what ztaudit writes.
interface SarifMessage {
  text: string;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; 'security-severity': string; precision: string; pillar: string; severity: Severity };
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } };
  logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, string>;
}
interface SarifRun {
  tool: { driver: { name: string; semanticVersion: string; rules: SarifRule[] } };
  automationDetails: { id: string };
  originalUriBaseIds?: Record<string, { description: SarifMessage }>;
  results: SarifResult[];
  properties?: Record<string, unknown>;
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

const sentence = (s: string): string => {
  const t = s.trim();
  return t === '' ? t : /[.!?]$/.test(t) ? t : `${t}.`;
};

const pascal = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** Path segments as a relative URI; ':' and '@' are legal in a non-first segment (RFC 3986 pchar) and stay readable. */
const encodePath = (parts: readonly string[]): string =>
  parts
    .map((p, i) => {
      const e = encodeURIComponent(p === '' ? '_' : p);
      return i === 0 ? e : e.replace(/%3A/g, ':').replace(/%40/g, '@'); // a ':' in the first would read as a scheme
    })
    .join('/');

function rule(check: ReportCheck, maxTags: number): SarifRule {
  const tags = [...new Set(['security', check.pillar, 'zero-trust', ...check.targetKinds, ...(check.function ? [check.function] : [])])].slice(0, maxTags);
  const refs = check.references;
  const text = [`Remediation: ${check.remediation}`, ...(refs.length ? ['References:', ...refs.map((r) => `- ${r}`)] : [])].join('\n');
  const markdown = [
    `**${check.title}**`,
    '',
    ...(check.rationale ? [check.rationale, ''] : []),
    `**Remediation:** ${check.remediation}`,
    ...(refs.length ? ['', '**References:**', ...refs.map((r) => `- ${r}`)] : []),
    '',
    `Pillar: ${check.pillar}${check.stage ? `, maturity stage: ${check.stage}` : ''}, severity: ${check.severity}.`,
  ].join('\n');
  return {
    id: check.id,
    name: pascal(check.id),
    shortDescription: { text: sentence(check.title) },
    fullDescription: { text: sentence(check.rationale ?? check.title) },
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: { tags, 'security-severity': SECURITY_SEVERITY[check.severity], precision: 'high', pillar: check.pillar, severity: check.severity },
  };
}

/** A check id that a result names but the report does not describe still gets a (plain) rule. */
const unknownCheck = (r: Result, kind: TargetKind): ReportCheck => ({
  id: r.checkId,
  title: r.checkId,
  severity: r.severity,
  pillar: 'governance',
  targetKinds: [kind],
  references: [],
  remediation: 'See the check documentation (ztaudit checks show).',
});

function location(r: Result, kind: TargetKind, baseDir: string): SarifLocation {
  const res = r.resource;
  const identity = [r.targetId, ...(res ? [res.namespace ?? '', res.kind, res.name] : [])].join('/');
  const logical = { name: res?.name ?? r.targetId, fullyQualifiedName: identity, kind: res ? 'resource' : 'module' };
  if (r.location) {
    let file = r.location.file;
    if (isAbsolute(file)) {
      const rel = relative(baseDir, file);
      file = rel.startsWith('..') || isAbsolute(rel) ? file.replace(/^[/\\]+/, '') : rel;
    }
    const parts = file.split(sep === '\\' ? /[\\/]/ : /\//).filter((p) => p !== '' && p !== '.');
    return {
      physicalLocation: { artifactLocation: { uri: encodePath(parts), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, Math.trunc(r.location.line)) } },
      logicalLocations: [logical],
    };
  }
  const pseudo = ['ztaudit', KINDS[kind]?.sarifPrefix ?? kind, r.targetId, ...(res ? (kind === 'kubernetes' ? [res.namespace ?? '_cluster', res.kind, res.name] : [res.kind, res.name]) : ['_target'])];
  return { physicalLocation: { artifactLocation: { uri: encodePath(pseudo) }, region: { startLine: 1 } }, logicalLocations: [logical] };
}

function messageText(r: Result): string {
  const where = [r.targetId, resourceLabel(r)].filter(Boolean).join(' ');
  return sentence(`${r.message.trim() || r.checkId} (${where})`);
}

/**
 * The log, the warnings for stderr, and the log's exact bytes as chunks (what serializeChunks
 * yields): the size check below has serialized it already, and a second pass would cost as much.
 */
export function buildSarif(report: Report, opts: SarifOptions = {}): { log: SarifLog; warnings: string[]; chunks: readonly string[] } {
  const limits = { ...GITHUB_LIMITS, ...opts.limits };
  const baseDir = opts.baseDir ?? process.cwd();
  const warnings: string[] = [];
  const kindOf = new Map(report.targets.map((t) => [t.id, t.kind]));
  const checks = new Map(report.checks.map((c) => [c.id, c]));
  const resultKind = (r: Result): TargetKind => kindOf.get(r.targetId) ?? checks.get(r.checkId)?.targetKinds[0] ?? 'linux';

  const kinds = [...new Set([...report.targets.map((t) => t.kind), ...report.results.filter(isOpenFailure).map(resultKind)])].sort();
  if (kinds.length > limits.maxRuns) {
    warnings.push(`SARIF: ${kinds.length} target kinds exceed the limit of ${limits.maxRuns} runs; kept ${limits.maxRuns}`);
    kinds.length = limits.maxRuns;
  }
  const runs: SarifRun[] = kinds.map((kind) => {
    const open = sortFindings(report.results.filter((r) => isOpenFailure(r) && resultKind(r) === kind));
    const ruleChecks = new Map<string, ReportCheck>();
    for (const c of report.checks) if (c.targetKinds.includes(kind)) ruleChecks.set(c.id, c);
    for (const r of open) if (!ruleChecks.has(r.checkId)) ruleChecks.set(r.checkId, checks.get(r.checkId) ?? unknownCheck(r, kind));
    const ids = [...ruleChecks.keys()].sort();
    const index = new Map(ids.map((id, i) => [id, i]));
    // Open failures are sorted most severe first, so keeping the first ones keeps the most severe;
    // only those kept become SARIF results (a large scan does not build objects it drops).
    const kept = open.length > limits.maxResultsPerRun ? open.slice(0, limits.maxResultsPerRun) : open;
    const results = kept.map(
      (r): SarifResult => ({
        ruleId: r.checkId,
        ruleIndex: index.get(r.checkId)!,
        level: LEVEL[r.severity],
        message: { text: messageText(r) },
        locations: [location(r, kind, baseDir)],
        partialFingerprints: { [FINGERPRINT_KEY]: r.fingerprint },
        properties: { severity: r.severity, targetId: r.targetId },
      }),
    );
    const run: SarifRun = {
      tool: { driver: { name: 'ztaudit', semanticVersion: report.tool.version, rules: ids.map((id) => rule(ruleChecks.get(id)!, limits.maxTagsPerRule)) } },
      automationDetails: { id: `ztaudit/${kind}/` },
      results,
    };
    if (results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uriBaseId)) {
      run.originalUriBaseIds = { '%SRCROOT%': { description: { text: 'The folder ztaudit scanned manifests from (the repository root).' } } };
    }
    if (kept.length < open.length) markTruncated(run, open.length, kept.length, `${limits.maxResultsPerRun} results per run`);
    return run;
  });
  if (runs.length === 0) {
    runs.push({ tool: { driver: { name: 'ztaudit', semanticVersion: report.tool.version, rules: [] } }, automationDetails: { id: 'ztaudit/none/' }, results: [] });
  }

  const log: SarifLog = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
  let chunks = [...serializeChunks(log)];
  for (;;) {
    if (!overGzipLimit(chunks, limits.maxGzipBytes)) break;
    const biggest = runs.reduce((a, b) => (b.results.length > a.results.length ? b : a));
    if (biggest.results.length === 0) break; // rules alone exceed the limit: nothing more to drop
    truncate(biggest, Math.floor(biggest.results.length * 0.8), `${limits.maxGzipBytes} gzip-compressed bytes per file`);
    chunks = [...serializeChunks(log)];
  }
  for (const run of runs) {
    const p = run.properties;
    if (p?.['truncated']) warnings.push(`SARIF run ${run.automationDetails.id}: kept the ${String(p['keptResults'])} most severe of ${String(p['totalResults'])} results (${String(p['reason'])})`);
  }
  return { log, warnings, chunks };
}

function markTruncated(run: SarifRun, total: number, keep: number, limit: string): void {
  run.properties = { truncated: true, totalResults: total, keptResults: keep, reason: `GitHub code scanning limit: ${limit}; the most severe results were kept` };
}

function truncate(run: SarifRun, keep: number, limit: string): void {
  const total = (run.properties?.['totalResults'] as number | undefined) ?? run.results.length;
  run.results = run.results.slice(0, keep);
  markTruncated(run, total, keep, limit);
}

/** The exact bytes written, in chunks (see json-stream.ts). */
export function* serializeChunks(log: SarifLog): Generator<string> {
  // a run's results hold only short arrays (one location each): batched without a look into each
  yield* jsonChunks(log, '', 8, new Set(log.runs.map((r) => r.results)));
  yield '\n';
}

/** The exact bytes written, as one string. */
export const serialize = (log: SarifLog): string => [...serializeChunks(log)].join('');

/**
 * Whether the gzip-compressed file would exceed the limit, measured on what GitHub receives. gzip
 * output is at most slightly larger than its input, so a file whose plain size (plus that margin)
 * is under the limit needs no compression to know.
 */
function overGzipLimit(chunks: readonly string[], maxGzipBytes: number): boolean {
  let plain = 0;
  for (const chunk of chunks) plain += Buffer.byteLength(chunk);
  // zlib's deflateBound is plain + plain/4096 + plain/16384 + a few bytes; gzip framing is 18 more
  if (plain + Math.ceil(plain / 1000) + 64 <= maxGzipBytes) return false;
  // the bytes, copied once into one buffer (not joined into a string that zlib would copy again)
  const bytes = Buffer.allocUnsafe(plain);
  let at = 0;
  for (const chunk of chunks) at += bytes.write(chunk, at);
  return gzipSync(bytes).length > maxGzipBytes;
}

export const sarif: ReportWriter = (report) => buildSarif(report).chunks;
