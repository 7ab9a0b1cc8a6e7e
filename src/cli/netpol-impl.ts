// `netpol connlist` and `netpol blast-radius`: read input (manifests or a live cluster), run the
// pure engine in src/netpol, format, write. Input problems are printed on stderr as warnings and
// the rest is analysed; the exit code is 0 unless nothing could be analysed (then 2), or a path
// could not be read at all (2, one line), or a live LIST the answer depends on failed (3).
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { K8sObject } from '../kit/k8s/facts.js';
import { UsageError } from '../engine/errors.js';
import type { ExitCode } from './run-action.js';

export interface NetpolSourceOptions {
  kube?: boolean;
  kubeconfig?: string;
  context?: string;
  groupBy?: 'owner' | 'top-owner';
  output?: string;
  quiet?: boolean;
}

export interface ConnlistCliOptions extends NetpolSourceOptions {
  format: 'txt' | 'json';
}

export interface BlastRadiusCliOptions extends NetpolSourceOptions {
  format: 'table' | 'json';
  top?: string;
}

interface Input {
  objects: K8sObject[];
  /** problems already formatted as lines */
  problems: string[];
  /** a LIST the analysis cannot do without failed: the answer would be wrong, not just partial */
  incomplete?: string;
}

// Without NetworkPolicies every pair would show as allowed; without namespaces their labels (and
// so namespaceSelectors) are unknown; without pods or workloads peers go missing.
const NEEDED_LISTS = /\blist (namespaces|pods|deployments|statefulsets|daemonsets|replicasets|replicationcontrollers|jobs|cronjobs|networkpolicies)\b/;

/** The first live LIST error that makes a connectivity answer wrong, if any. */
export const neededListFailure = (errors: readonly string[]): string | undefined => errors.find((e) => NEEDED_LISTS.test(e));

async function readInput(paths: string[], opts: NetpolSourceOptions): Promise<Input> {
  const live = opts.kube || opts.kubeconfig !== undefined || opts.context !== undefined;
  if (live && paths.length > 0) throw new UsageError('netpol: give manifest paths or --kube/--kubeconfig/--context, not both');
  if (!live && paths.length === 0) throw new UsageError('netpol: give manifest paths (files or folders) or --kube');
  if (live) return readLive(opts);
  const { loadManifests } = await import('../providers/kubernetes/manifests.js');
  const { objects, diagnostics } = await loadManifests(paths);
  const fatal = diagnostics.find((d) => d.severity === 'fatal');
  if (fatal) throw new UsageError(fatal.message);
  return { objects, problems: diagnostics.map((d) => `${d.severity}: ${d.message}`) };
}

interface LiveModule {
  loadLiveObjects(opts: { kubeconfig?: string; context?: string }): Promise<{ objects: K8sObject[]; errors?: string[] } | K8sObject[]>;
}

async function readLive(opts: NetpolSourceOptions): Promise<Input> {
  let mod: LiveModule;
  try {
    // The live client belongs to the Kubernetes collector; loaded only when asked for.
    const where = '../providers/kubernetes/live.js';
    mod = (await import(where)) as LiveModule;
    if (typeof mod.loadLiveObjects !== 'function') throw new Error('no loadLiveObjects');
  } catch {
    throw new Error('live cluster support not available');
  }
  const kube: { kubeconfig?: string; context?: string } = {};
  if (opts.kubeconfig !== undefined) kube.kubeconfig = opts.kubeconfig;
  if (opts.context !== undefined) kube.context = opts.context;
  const got = await mod.loadLiveObjects(kube);
  if (Array.isArray(got)) return { objects: got, problems: [] };
  const errors = got.errors ?? [];
  const input: Input = { objects: got.objects, problems: errors.map((e) => `warning: ${e}`) };
  const needed = neededListFailure(errors);
  if (needed !== undefined) input.incomplete = needed;
  return input;
}

function report(problems: readonly string[], quiet: boolean | undefined): void {
  if (quiet) return;
  for (const p of problems) process.stderr.write(`ztaudit: ${p}\n`);
}

/** Exit 3 (incomplete, as for an unreachable scan target) instead of printing a wrong answer. */
function refuseIncomplete(input: Input): ExitCode | undefined {
  if (input.incomplete === undefined) return undefined;
  process.stderr.write(`ztaudit: cannot analyse the cluster: ${input.incomplete}\n`);
  return 3;
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(output, text);
  else process.stdout.write(text);
}

export async function runConnlist(paths: string[], opts: ConnlistCliOptions): Promise<ExitCode> {
  const input = await readInput(paths, opts);
  const refused = refuseIncomplete(input);
  if (refused !== undefined) return refused;
  const { analyzeObjects, forEachConnection } = await import('../netpol/connlist.js');
  const { connlistFormatters } = await import('../netpol/format.js');
  const result = analyzeObjects(input.objects, { groupBy: opts.groupBy ?? 'owner' });
  const problems = [...input.problems, ...result.diagnostics.map((d) => `${d.severity}: ${d.message}`)];
  report(problems, opts.quiet);
  if (result.peerCount === 0 && problems.some((p) => p.startsWith('error'))) {
    process.stderr.write('ztaudit: nothing could be analysed: no workload or pod was read without errors\n');
    return 2;
  }
  // Streamed in chunks: a dense cluster lists millions of lines. Writes to stdout are
  // synchronous on Linux for files and pipes, so nothing piles up in memory.
  const fd = opts.output ? openSync(opts.output, 'w') : undefined;
  // `connlist | head` closes the pipe early: that is the reader's choice, not a crash (EPIPE).
  const onPipeError = (err: NodeJS.ErrnoException): void => {
    if (err.code !== 'EPIPE') throw err;
  };
  if (fd === undefined) process.stdout.on('error', onPipeError);
  try {
    const toStdout = (chunk: string): void => {
      if (!process.stdout.destroyed) process.stdout.write(chunk);
    };
    const emitChunk = fd === undefined ? toStdout : (chunk: string) => void writeSync(fd, chunk);
    connlistFormatters[opts.format]((visit) => forEachConnection(result.analysis, visit), emitChunk);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return 0;
}

export async function runBlastRadius(paths: string[], opts: BlastRadiusCliOptions): Promise<ExitCode> {
  const input = await readInput(paths, opts);
  const refused = refuseIncomplete(input);
  if (refused !== undefined) return refused;
  const { splitObjects } = await import('../netpol/model.js');
  const { blastRadius } = await import('../netpol/blast-radius.js');
  const result = blastRadius(splitObjects(input.objects), { groupBy: opts.groupBy ?? 'owner' });
  const problems = [...input.problems, ...result.diagnostics.map((d) => `${d.severity}: ${d.message}`)];
  report(problems, opts.quiet);
  if (result.workloads.length === 0 && problems.some((p) => p.startsWith('error'))) {
    process.stderr.write('ztaudit: nothing could be analysed: no workload or pod was read without errors\n');
    return 2;
  }
  if (opts.format === 'json') {
    await emit(`${JSON.stringify(result.workloads.map((w, i) => ({ rank: i + 1, ...w })), null, 2)}\n`, opts.output);
    return 0;
  }
  let top = result.workloads.length;
  if (opts.top !== undefined) {
    top = Number(opts.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top: expected a positive integer, got "${opts.top}"`);
  }
  const { formatBlastTable } = await import('../netpol/blast-table.js');
  await emit(formatBlastTable(result.workloads.slice(0, top)), opts.output);
  return 0;
}
