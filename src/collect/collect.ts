// The collection stage, the only I/O: run each target's collector with a per-target budget and bounded
// concurrency. A target that fails, throws or runs out of time becomes `unreachable` with the
// reason and the rest of the scan goes on; evaluation then turns its facts into `error` results.
import { setMaxListeners } from 'node:events';
import type { CollectorRegistry } from './collectors.js';
import type { Collected, TargetSpec } from '../kinds/types.js';
import { errorMessage } from '../engine/errors.js';
import { TransportError } from '../transports/types.js';
import type { TargetFacts } from '../engine/facts.js';
import { redact, redactShared } from '../engine/redact.js';
import type { Outcome, TargetRef, TargetStatus } from '../engine/types.js';

export interface CollectOptions {
  registry: CollectorRegistry;
  /** targets in flight at once */
  concurrency: number;
  /** per-target budget */
  timeoutMs: number;
  /** verbose diagnostics */
  log?: (message: string) => void;
  /** facts the selected checks read, per kind (undefined: all) */
  wanted?: ReadonlyMap<string, ReadonlySet<string>>;
  /** called as each target finishes (progress display) */
  onTarget?: (done: number, total: number, target: TargetFacts) => void;
  /**
   * Ctrl-C / SIGTERM: targets not yet started are `skipped`, those in flight are abandoned at once
   * (their connections aborted) and `skipped` too, so the report of what finished can be written.
   */
  interrupt?: AbortSignal;
}

export const NOT_REACHED = 'scan interrupted before this target was reached';
export const ABANDONED = 'scan interrupted while this target was being collected';

const skipped = (t: TargetSpec, reason: string, durationMs: number): TargetFacts => ({ target: targetRef(t), status: 'skipped', error: reason, durationMs, facts: {} });


/**
 * Why a target is not collected when its collector does not speak its transport (collectors list
 * theirs in `transports`; one that lists none speaks only its kind's local ways).
 */
function transportRefusal(t: TargetSpec, transport: string, speaks: readonly string[]): string | undefined {
  if (speaks.includes(transport)) return undefined;
  if (transport === 'local' || transport === 'kube') return speaks.length ? `the ${transport} transport is not available for ${t.kind} targets` : undefined;
  const name: Record<string, string> = { ssh: 'SSH', winrm: 'WinRM', https: 'HTTPS' };
  return `the ${name[transport] ?? transport} transport is not available for ${t.kind} targets`;
}

export const targetRef = (t: TargetSpec): TargetRef => ({
  id: t.id,
  kind: t.kind,
  name: t.name,
  ...(t.address ? { address: t.address } : {}),
  ...(t.labels && Object.keys(t.labels).length ? { labels: { ...t.labels } } : {}),
});

// the reason may quote a URL or a command line, so it is masked like any other text
const unreachable = (t: TargetSpec, error: string, durationMs: number): TargetFacts =>
  redact({ target: targetRef(t), status: 'unreachable', error, durationMs, facts: {} });

const STATUSES: readonly TargetStatus[] = ['ok', 'partial', 'unreachable', 'skipped'];

class Timeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number, controller: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new Timeout(`timed out after ${ms / 1000}s`));
      reject(new Timeout(`timed out after ${ms / 1000}s`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const isOutcome = (v: unknown): v is Outcome<unknown> =>
  !!v && typeof v === 'object' && typeof (v as { ok?: unknown }).ok === 'boolean' && ((v as { ok: boolean }).ok ? 'value' in v : typeof (v as { reason?: unknown }).reason === 'string');

/** Why a target is partial when its collector did not say: the facts it could not gather. */
function describeGaps(facts: Record<string, Outcome<unknown>>): string {
  const gaps = Object.entries(facts).filter(([, f]) => !f.ok && !f.notApplicable);
  if (gaps.length === 0) return 'some facts could not be collected';
  const [key, first] = gaps[0]!;
  return `${gaps.length} fact${gaps.length === 1 ? '' : 's'} not collected (${key}: ${(first as { reason: string }).reason})`;
}

/** One target, start to finish; never throws. */
export async function collectTarget(t: TargetSpec, opts: CollectOptions): Promise<TargetFacts> {
  const started = Date.now();
  const elapsed = (): number => Date.now() - started;
  const transport = typeof t.options.transport === 'string' ? t.options.transport : undefined;
  const load = opts.registry[t.kind];
  if (!load) return unreachable(t, `no collector for kind ${t.kind} in this version`, 0);
  const controller = new AbortController();
  if (opts.interrupt?.aborted) return skipped(t, NOT_REACHED, 0);
  // one listener per target in flight, removed when it ends: it stops the collector and settles the race below
  let interrupted: (v: 'interrupted') => void = () => undefined;
  const interruption = new Promise<'interrupted'>((resolve) => (interrupted = resolve));
  const onInterrupt = (): void => {
    controller.abort(new Error('interrupted'));
    interrupted('interrupted');
  };
  opts.interrupt?.addEventListener('abort', onInterrupt, { once: true });
  let collected: Collected;
  try {
    const collector = await load();
    // a collector that speaks a remote transport says so (`transports: ['local', 'ssh']`)
    const speaks = (collector as { transports?: readonly string[] }).transports ?? [];
    const refused = transport ? transportRefusal(t, transport, speaks) : undefined;
    if (refused) return unreachable(t, refused, 0);
    const wanted = opts.wanted?.get(t.kind);
    const work = withTimeout(
      collector.collect(t, { timeoutMs: opts.timeoutMs, signal: controller.signal, log: (m) => opts.log?.(`${t.id}: ${m}`), ...(wanted ? { wanted } : {}) }),
      opts.timeoutMs,
      controller,
    );
    // an interrupted target is not waited for: a collector that ignores its signal cannot hold the report back
    const first = await Promise.race([work, interruption]);
    if (first === 'interrupted') {
      work.catch(() => undefined);
      return skipped(t, ABANDONED, elapsed());
    }
    collected = first;
  } catch (err) {
    controller.abort();
    if (opts.interrupt?.aborted) return skipped(t, ABANDONED, elapsed());
    const reason = err instanceof Timeout || err instanceof TransportError ? err.message : `collector failed: ${errorMessage(err)}`;
    return unreachable(t, reason, elapsed());
  } finally {
    opts.interrupt?.removeEventListener('abort', onInterrupt);
  }
  // Facts must be Outcomes; anything else from a collector is its bug, reported per fact, never a pass.
  const facts: Record<string, Outcome<unknown>> = {};
  for (const key of Object.keys(collected?.facts ?? {}).sort()) {
    const v = collected.facts[key];
    facts[key] = isOutcome(v) ? v : { ok: false, reason: `collector returned a malformed fact ${key}` };
  }
  const status: TargetStatus = collected?.status === undefined ? 'ok' : STATUSES.includes(collected.status) ? collected.status : 'partial';
  const out: TargetFacts = { target: targetRef(t), status, durationMs: elapsed(), facts };
  if (typeof collected?.error === 'string' && collected.error) out.error = collected.error;
  else if (status === 'partial') out.error = describeGaps(facts);
  // masked, sharing what needs no masking: the collector's facts are fresh plain JSON that nothing
  // mutates, and a copy of a 10,000-pod cluster's facts only fed the garbage collector
  return redactShared(out);
}

/** Every target with at most `concurrency` in flight; the result keeps the input order. */
export async function collectAll(targets: readonly TargetSpec[], opts: CollectOptions): Promise<TargetFacts[]> {
  const out: TargetFacts[] = new Array<TargetFacts>(targets.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const i = next++;
      // once interrupted, the targets left are listed as not reached, not collected
      out[i] = opts.interrupt?.aborted ? skipped(targets[i]!, NOT_REACHED, 0) : await collectTarget(targets[i]!, opts);
      done++;
      opts.onTarget?.(done, targets.length, out[i]!);
    }
  };
  const n = Math.max(1, Math.min(opts.concurrency, targets.length));
  // each target in flight listens for Ctrl-C: more than Node's default of 10 is expected, not a leak
  if (opts.interrupt) setMaxListeners(n + 10, opts.interrupt);
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}
