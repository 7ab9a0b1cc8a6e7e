// The scan pipeline (DESIGN.md §1): targets -> collect (the only I/O) -> facts snapshot ->
// pure evaluation -> exceptions and baseline -> score -> report -> gate. The CLI only wires
// flags into ScanOptions and renders what comes back; everything here is testable in-process.
import { createHash, randomUUID } from 'node:crypto';
import { catalogueDigest } from '../report/catalogue.js';
import { reportCheck } from '../report/report-check.js';
import type { CollectorRegistry } from '../collect/collectors.js';
import type { TargetSpec } from '../kinds/types.js';
import type { Report, ReportTarget } from '../report/model.js';
import type { ExceptionRule } from '../report/exceptions.js';
import type { BaselineEntry } from '../report/baseline.js';
import type { Check } from '../engine/check.js';
import { collectAll } from '../collect/collect.js';
import { evaluateSnapshot } from '../engine/evaluate.js';
import { UsageError } from '../engine/errors.js';
import type { FactsSnapshot, TargetFacts } from '../engine/facts.js';
import { maskText, redactShared } from '../engine/redact.js';
import { selectChecks, type Selection } from '../engine/select.js';
import { makeSnapshot } from '../engine/snapshot.js';
import type { Result, Severity } from '../engine/types.js';
import type { Shard } from '../inventory/targets.js';

export interface CollectStageOptions {
  /** targets to collect (already built from flags or an inventory, sorted by id) */
  targets: readonly TargetSpec[];
  /** a saved snapshot to evaluate instead of (or besides) collecting */
  facts?: FactsSnapshot;
  shard?: Shard;
  concurrency?: number;
  timeoutMs?: number;
  /** facts the selected checks read, per kind: only their providers run (undefined: all) */
  wanted?: ReadonlyMap<string, ReadonlySet<string>>;
  /** collectors by kind (injectable for tests); defaults to src/collect/collectors.ts */
  registry?: CollectorRegistry;
  version: string;
  now?: () => Date;
  log?: (message: string) => void;
  onTarget?: (done: number, total: number, target: TargetFacts) => void;
  /** SIGINT/SIGTERM: stop collecting, report what finished (src/collect/collect.ts) */
  interrupt?: AbortSignal;
}

export interface ScanOptions extends CollectStageOptions, Selection {
  /** extra check packs (--checks) */
  checkDirs?: readonly string[];
  /** the catalogue to use instead of loading one (tests) */
  catalogue?: readonly Check[];
  exceptions?: readonly ExceptionRule[];
  baseline?: readonly BaselineEntry[];
  failOn?: Severity;
  minScore?: number;
  minCoverage?: number;
  /** what the caller will need afterwards (its writers' modules), loaded while the targets are collected */
  whileCollecting?: () => Promise<unknown>;
}

export interface ScanOutcome {
  report: Report;
  snapshot: FactsSnapshot;
  warnings: string[];
  exitCode: 0 | 1 | 3;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The shard (0-based) a target id falls in: a hash of the id alone, so a target stays in its
 * shard when others join or leave the inventory (a position in the sorted list would move them all).
 */
export const shardOf = (id: string, count: number): number => createHash('sha256').update(id).digest().readUInt32BE(0) % count;

/** The I-th of N stable slices of a list (by a hash of each id), sorted by id. */
export const sliceShard = <T>(list: readonly T[], idOf: (t: T) => string, shard?: Shard): T[] => {
  const sorted = [...list].sort((a, b) => byId({ id: idOf(a) }, { id: idOf(b) }));
  return shard ? sorted.filter((t) => shardOf(idOf(t), shard.count) === shard.index - 1) : sorted;
};

/**
 * A fact a check may read: one some provider offers. A scan of saved snapshots alone accepts any
 * fact, since such a snapshot may come from another version or collector.
 */
async function knownFacts(opts: { facts?: FactsSnapshot; targets: readonly TargetSpec[] }): Promise<((fact: string) => boolean) | undefined> {
  if (opts.facts && opts.targets.length === 0) return undefined;
  return (await import('../providers/registry.js')).isProvidedFact;
}

/** Collect (or load) the facts of every target in the shard: the snapshot that `collect -o` writes. */
export async function collectStage(opts: CollectStageOptions): Promise<FactsSnapshot> {
  const now = opts.now ?? (() => new Date());
  const registry = opts.registry ?? (await import('../collect/collectors.js')).collectors;
  const saved = opts.facts?.targets ?? [];
  const savedIds = new Set(saved.map((t) => t.target.id));
  for (const t of opts.targets) if (savedIds.has(t.id)) throw new UsageError(`target ${t.id} is both in --facts and named by a flag`);
  const toCollect = sliceShard(opts.targets, (t) => t.id, opts.shard);
  const fromFacts = sliceShard(saved, (t) => t.target.id, opts.shard);
  const collected = await collectAll(toCollect, {
    registry,
    concurrency: opts.concurrency ?? 32,
    timeoutMs: opts.timeoutMs ?? 60_000,
    ...(opts.log ? { log: opts.log } : {}),
    ...(opts.wanted ? { wanted: opts.wanted } : {}),
    ...(opts.onTarget ? { onTarget: opts.onTarget } : {}),
    ...(opts.interrupt ? { interrupt: opts.interrupt } : {}),
  });
  // a snapshot from elsewhere is masked again: it may come from an older or foreign collector
  // (sharing what needs no masking: a saved snapshot of a large fleet is not held twice)
  const targets = [...fromFacts.map((t) => redactShared(t)), ...collected].sort((a, b) => byId(a.target, b.target));
  return makeSnapshot(targets, opts.version, opts.facts && toCollect.length === 0 ? opts.facts.collectedAt : now().toISOString());
}


const reportTarget = (t: TargetFacts): ReportTarget => ({
  id: t.target.id,
  kind: t.target.kind,
  name: t.target.name,
  ...(t.target.address ? { address: t.target.address } : {}),
  ...(t.target.labels && Object.keys(t.target.labels).length ? { labels: { ...t.target.labels } } : {}),
  status: t.status,
  ...(t.error ? { error: maskText(t.error) } : {}),
  durationMs: t.durationMs,
});

/**
 * Mask secrets in what a result says: its message and its evidence. In place: the results are the
 * evaluator's own fresh objects, and a copy of each of a quarter million would only feed the GC.
 */
const maskResult = (r: Result): void => {
  r.message = maskText(r.message);
  if (r.evidence !== undefined) r.evidence = maskText(r.evidence);
};

/** Evaluate a snapshot into a full report (pure apart from loading the catalogue and analyses). */
export async function evaluateStage(snapshot: FactsSnapshot, opts: ScanOptions, started: Date, warnings: string[]): Promise<{ report: Report; exitCode: 0 | 1 | 3 }> {
  const now = opts.now ?? (() => new Date());
  const { loadCatalogue } = await import('../engine/registry.js');
  const all = opts.catalogue ? [...opts.catalogue] : await loadCatalogue(opts.checkDirs ?? [], { isKnownFact: await knownFacts(opts) });
  const selected = selectChecks(all, opts).sort((a, b) => byId(a.meta, b.meta));
  const kinds = new Set(snapshot.targets.map((t) => t.target.kind));
  const relevant = selected.filter((c) => c.meta.targetKinds.some((k) => kinds.has(k)));

  let results = evaluateSnapshot(snapshot, relevant);
  for (const r of results) maskResult(r);

  const { applyExceptions } = await import('../report/exceptions.js');
  const today = now().toISOString().slice(0, 10);
  const { results: excepted, expired } = applyExceptions(results, opts.exceptions ?? [], today);
  results = excepted;
  for (const e of expired) warnings.push(`exception for ${e.check}${e.target ? ` on ${e.target}` : ''}${e.resource ? ` (${e.resource})` : ''} expired on ${e.expires}; it no longer applies`);

  let absent: number | undefined;
  if (opts.baseline) {
    const { applyBaseline } = await import('../report/baseline.js');
    const b = applyBaseline(results, opts.baseline);
    results = b.results;
    absent = b.absent;
  }
  // No second sort: evaluateSnapshot's order holds. Exceptions and the baseline map results in
  // place, and masking changes only messages, the last key, which two results of one fingerprint
  // alone could tie on (and fingerprints are unique after evaluateSnapshot's dedupe).

  const checks = relevant.map(reportCheck);
  const targets = snapshot.targets.map(reportTarget);
  const { computeScore } = await import('../scoring/score.js');
  const { summarize } = await import('../report/summary.js');
  const { evaluateGate } = await import('../report/gate.js');
  const score = computeScore(results, checks);
  const summary = summarize(results);
  if (absent !== undefined) summary.absent = absent;
  const { gate, exitCode } = evaluateGate(results, targets, score, {
    ...(opts.failOn ? { failOn: opts.failOn } : {}),
    ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
    ...(opts.minCoverage !== undefined ? { minCoverage: opts.minCoverage } : {}),
    baseline: opts.baseline !== undefined,
  });

  const { runAnalyses } = await import('../engine/analyses.js');
  const analyses = await runAnalyses(snapshot.targets);

  const finished = now();
  const report: Report = {
    schemaVersion: '1',
    tool: { name: 'ztaudit', version: opts.version },
    scan: {
      id: randomUUID(),
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: Math.max(0, finished.getTime() - started.getTime()),
      ...(opts.shard ? { shard: `${opts.shard.index}/${opts.shard.count}` } : {}),
      // the whole selection, not only the checks of the kinds in this shard: every shard of one run shares it
      catalogue: catalogueDigest(selected.map(reportCheck)),
    },
    targets,
    checks,
    results,
    score,
    summary,
    gate,
    ...(expired.length ? { expiredExceptions: expired } : {}),
    // what needs no masking is shared, not copied: no second copy of a large cluster's analyses
    ...(Object.keys(analyses).length ? { analyses: redactShared(analyses) } : {}),
  };
  return { report, exitCode };
}

/** The modules evaluateStage imports, loaded ahead (while a scan collects; Node keeps them). */
const loadEvaluation = (): Promise<unknown> =>
  Promise.all([import('../report/exceptions.js'), import('../scoring/score.js'), import('../report/summary.js'), import('../report/gate.js'), import('../engine/analyses.js')]);

/** The whole scan. Usage errors (unknown check id, bad pack) surface before any collection. */
export async function runScan(opts: ScanOptions): Promise<ScanOutcome> {
  const now = opts.now ?? (() => new Date());
  const started = now();
  const warnings: string[] = [];
  // Load and select checks first: a typo in --only must not cost a fleet-wide collection.
  const { loadCatalogue, withEvaluators } = await import('../engine/registry.js');
  // selected from their metadata; only the selected checks' modules for these targets' kinds are
  // imported, while the targets are collected (see loadBuiltinChecks)
  const kinds = new Set<string>([...opts.targets.map((t) => t.kind), ...(opts.facts?.targets.map((t) => t.target.kind) ?? [])]);
  const listed = opts.catalogue ? [...opts.catalogue] : await loadCatalogue(opts.checkDirs ?? [], { isKnownFact: await knownFacts(opts), kinds });
  const selected = selectChecks(listed, opts);
  // only the providers the selected checks read run: `--only 'linux.ssh.*'` does not walk the file system
  const { wantedFacts } = await import('../providers/registry.js');
  const chosen = new Set(selected);
  // the collectors are loaded before the checks' modules are asked for, so that a host script (a
  // local scan's, a fleet's SSH sessions) starts first and the checks load while it runs
  const registry = opts.registry ?? (await import('../collect/collectors.js')).collectors;
  const collecting = collectStage({ ...opts, registry, wanted: opts.wanted ?? wantedFacts(selected), now });
  const [snapshot, catalogue] = await Promise.all([collecting, withEvaluators(listed, (c) => chosen.has(c)), opts.whileCollecting?.(), loadEvaluation()]);
  const { report, exitCode } = await evaluateStage(snapshot, { ...opts, catalogue, now }, started, warnings);
  return { report, snapshot, warnings, exitCode };
}
