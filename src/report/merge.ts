// Merge shard reports (`--shard I/N` runs) into one report: the union of targets, checks and
// results, with score and summary recomputed from the merged results (never averaged).
//   - targets by id, checks by id: the first report that has one wins;
//   - results by fingerprint: when two shards both report one, the worse status is kept
//     (fail > error > warn > pass > not_applicable), as the engine does within one scan;
//   - gate: passed unless an input gate failed; reasons are the union of the inputs' reasons,
//     in input order (merge cannot re-run --fail-on: it does not know the flags the shards used);
//   - scan: startedAt the earliest, finishedAt the latest, a deterministic id from the inputs' ids;
//   - expiredExceptions deduplicated; analyses merged per analysis name and target id.
// Reports of different schema versions, formula versions or check catalogues do not merge
// (mergeConflict): their results and scores do not mean the same thing.
import { createHash } from 'node:crypto';
import { compareResults } from '../engine/evaluate.js';
import type { Result } from '../engine/types.js';
import { computeScore } from '../scoring/score.js';
import { catalogueDigest } from './catalogue.js';
import type { ExpiredException, Report, ReportCheck, ReportTarget } from './model.js';
import { summarize } from './summary.js';

const RANK: Record<Result['status'], number> = { fail: 4, error: 3, warn: 2, pass: 1, not_applicable: 0 };
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Why these reports cannot be merged (one line), or undefined when they can. */
export function mergeConflict(named: readonly { name: string; report: Pick<Report, 'schemaVersion' | 'score' | 'scan' | 'checks'> }[]): string | undefined {
  const [first, ...rest] = named;
  if (!first) return undefined;
  for (const other of rest) {
    const a = first.report;
    const b = other.report;
    if (a.schemaVersion !== b.schemaVersion) return `cannot merge: ${first.name} has report schema version ${a.schemaVersion}, ${other.name} has ${b.schemaVersion}`;
    if (a.score.formulaVersion !== b.score.formulaVersion) return `cannot merge: ${first.name} was scored with formula version ${a.score.formulaVersion}, ${other.name} with ${b.score.formulaVersion}`;
    if (a.scan.catalogue && b.scan.catalogue) {
      if (a.scan.catalogue !== b.scan.catalogue) return `cannot merge: ${first.name} and ${other.name} were scanned with different check catalogues (version or --only/--skip/--pillar/--checks differ)`;
      continue;
    }
    // reports from before scan.catalogue: a check both carry must be the same check
    const mine = new Map(a.checks.map((c) => [c.id, catalogueDigest([c])]));
    const differs = b.checks.find((c) => mine.has(c.id) && mine.get(c.id) !== catalogueDigest([c]));
    if (differs) return `cannot merge: ${first.name} and ${other.name} were scanned with different check catalogues (${differs.id} differs)`;
  }
  return undefined;
}

export function mergeReports(reports: readonly Report[]): Report {
  if (reports.length === 0) throw new Error('mergeReports needs at least one report');
  const targets = new Map<string, ReportTarget>();
  const checks = new Map<string, ReportCheck>();
  const results = new Map<string, Result>();
  const reasons: string[] = [];
  const expired = new Map<string, ExpiredException>();
  const analyses: Record<string, Record<string, unknown>> = {};
  for (const rep of reports) {
    for (const t of rep.targets) if (!targets.has(t.id)) targets.set(t.id, t);
    for (const c of rep.checks) if (!checks.has(c.id)) checks.set(c.id, c);
    for (const r of rep.results) {
      const prev = results.get(r.fingerprint);
      if (!prev || RANK[r.status] > RANK[prev.status]) results.set(r.fingerprint, r);
    }
    for (const reason of rep.gate.reasons) if (!reasons.includes(reason)) reasons.push(reason);
    for (const e of rep.expiredExceptions ?? []) expired.set(JSON.stringify([e.check, e.target, e.resource, e.expires, e.reason]), e);
    for (const [name, byTarget] of Object.entries(rep.analyses ?? {})) {
      const into = (analyses[name] ??= {});
      if (byTarget && typeof byTarget === 'object' && !Array.isArray(byTarget)) {
        for (const [k, v] of Object.entries(byTarget as Record<string, unknown>)) if (!(k in into)) into[k] = v;
      }
    }
  }
  const mergedResults = [...results.values()].sort(compareResults);
  const mergedChecks = [...checks.values()].sort((a, b) => cmp(a.id, b.id));
  const startedAt = reports.map((r) => r.scan.startedAt).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  const finishedAt = reports.map((r) => r.scan.finishedAt).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  const id = `merged-${createHash('sha256')
    .update(reports.map((r) => r.scan.id).sort().join('\u0000'))
    .digest('hex')
    .slice(0, 16)}`;
  const merged: Report = {
    schemaVersion: '1',
    tool: { name: 'ztaudit', version: reports[0]!.tool.version },
    scan: {
      id,
      startedAt,
      finishedAt,
      durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
      ...(reports.every((r) => r.scan.catalogue === reports[0]!.scan.catalogue) && reports[0]!.scan.catalogue ? { catalogue: reports[0]!.scan.catalogue } : {}),
    },
    targets: [...targets.values()].sort((a, b) => cmp(a.id, b.id)),
    checks: mergedChecks,
    results: mergedResults,
    score: computeScore(mergedResults, mergedChecks),
    summary: summarize(mergedResults),
    gate: { passed: reports.every((r) => r.gate.passed), reasons },
  };
  if (expired.size) merged.expiredExceptions = [...expired.entries()].sort(([a], [b]) => cmp(a, b)).map(([, e]) => e);
  if (Object.keys(analyses).length) {
    merged.analyses = Object.fromEntries(
      Object.keys(analyses)
        .sort(cmp)
        .map((name) => [name, Object.fromEntries(Object.keys(analyses[name]!).sort(cmp).map((k) => [k, analyses[name]![k]]))]),
    );
  }
  return merged;
}
