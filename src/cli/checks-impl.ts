// Metadata only: from the catalogue file written at build time when it is current, so listing
// does not import every check module (see src/engine/catalogue-file.ts).
import { Chalk, type ChalkInstance } from 'chalk';
import { UsageError } from '../engine/errors.js';
import { readCatalogueFile, type CheckInfo } from '../engine/catalogue-file.js';
import { PILLARS, SEVERITIES, TARGET_KINDS } from '../engine/types.js';
import { useColor } from '../report/color.js';
import { reportWidth } from '../report/terminal/width.js';
import { reportCheck } from '../report/report-check.js';
import type { ExitCode } from './run-action.js';

export interface ChecksListOptions {
  json?: boolean;
  kind?: string[];
  pillar?: string[];
  severity?: string[];
  checks?: string[];
  color?: boolean;
}

/** A `--pillar` / `--severity` / `--kind` list checked against its vocabulary: a typo is a usage error, not an empty list. */
function checkedList(values: readonly string[] | undefined, known: readonly string[], flag: string): string[] {
  const list = values ?? [];
  const bad = list.filter((v) => !known.includes(v));
  if (bad.length) throw new UsageError(`bad ${flag} ${bad.join(', ')} (expected one of ${known.join(', ')})`);
  return [...list];
}

/**
 * The catalogue's metadata: from dist/catalogue.json when it is current and no pack is added, else
 * by loading the checks, with the fact validation a scan applies.
 */
async function loadCatalogueInfo(extraDirs: readonly string[]): Promise<CheckInfo[]> {
  if (extraDirs.length === 0) {
    const listed = readCatalogueFile();
    if (listed) return listed;
  }
  const { loadCatalogue } = await import('../engine/registry.js');
  return loadCatalogue(extraDirs, { isKnownFact: (await import('../providers/registry.js')).isProvidedFact });
}

const describeCheck = (c: CheckInfo) => ({
  ...reportCheck(c),
  ...(c.meta.cis ? { cis: [...c.meta.cis] } : {}),
  ...(c.meta.aliases ? { aliases: [...c.meta.aliases] } : {}),
});

/**
 * A check is listed under a kind it targets; a check implementing a CIS Kubernetes item (meta.cis)
 * is also listed under `kubernetes`, though the node-file ones run on the node's Linux host.
 */
const listedUnder = (c: CheckInfo, kinds: readonly string[]): boolean =>
  c.meta.targetKinds.some((k) => kinds.includes(k)) || (kinds.includes('kubernetes') && (c.meta.cis?.length ?? 0) > 0);

export async function listChecks(opts: ChecksListOptions): Promise<ExitCode> {
  const kinds = checkedList(opts.kind, TARGET_KINDS, '--kind');
  const pillars = checkedList(opts.pillar, PILLARS, '--pillar');
  const severities = checkedList(opts.severity, SEVERITIES, '--severity');
  const all = await loadCatalogueInfo(opts.checks ?? []);
  const checks = all.filter(
    (c) => (!kinds.length || listedUnder(c, kinds)) && (!pillars.length || pillars.includes(c.meta.pillar)) && (!severities.length || severities.includes(c.meta.severity)),
  );
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(checks.map(describeCheck), null, 2)}\n`);
    return 0;
  }
  const { catalogueTable } = await import('../report/terminal/catalogue.js');
  const out = checks.length ? catalogueTable(terminalChalk(opts.color), checks.map(describeCheck), reportWidth(false)) : 'No checks match.';
  process.stdout.write(`${out}\n${checks.length} checks\n`);
  if (kinds.includes('kubernetes')) await writeCisSummary(all);
  return 0;
}

/** Table output only (the --json array stays as it is): which automated CIS items the whole catalogue covers. */
async function writeCisSummary(checks: readonly CheckInfo[]): Promise<void> {
  const { cisCoverage } = await import('../providers/kubernetes/cis-coverage.js');
  const cov = cisCoverage(checks);
  const lines = [
    '',
    `${cov.benchmark}: covered ${cov.covered.length} of ${cov.automated} automated items`,
    `uncovered automated items: ${cov.uncovered.length ? cov.uncovered.join(', ') : '(none)'}`,
  ];
  if (cov.manualCovered.length) lines.push(`manual items also checked: ${cov.manualCovered.join(', ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Colour as the table has it: never under NO_COLOR or --no-color, never into a pipe. */
const terminalChalk = (flag: boolean | undefined): ChalkInstance => new Chalk({ level: useColor(flag, false) ? 1 : 0 });

export async function showCheck(id: string, opts: { checks?: string[]; color?: boolean }): Promise<ExitCode> {
  const all = await loadCatalogueInfo(opts.checks ?? []);
  const c = all.find((x) => x.meta.id === id || (x.meta.aliases ?? []).includes(id));
  if (!c) throw new UsageError(`unknown check id ${id}`);
  const { checkDetails } = await import('../report/terminal/catalogue.js');
  process.stdout.write(checkDetails(terminalChalk(opts.color), describeCheck(c), reportWidth(false)));
  return 0;
}
