// Metadata only: from the catalogue file written at build time when it is current, so listing
// does not import every check module (see src/engine/catalogue-file.ts).
import { UsageError } from '../engine/errors.js';
import { readCatalogueFile, type CheckInfo } from '../engine/catalogue-file.js';
import { reportCheck } from '../report/report-check.js';
import type { ExitCode } from './run-action.js';

export interface ChecksListOptions {
  json?: boolean;
  kind?: string[];
  checks?: string[];
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
  const all = await loadCatalogueInfo(opts.checks ?? []);
  const kinds = opts.kind ?? [];
  const checks = kinds.length ? all.filter((c) => listedUnder(c, kinds)) : all;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(checks.map(describeCheck), null, 2)}\n`);
    return 0;
  }
  const rows = checks.map((c) => [c.meta.id, c.meta.severity, c.meta.pillar, c.meta.stage, c.meta.targetKinds.join(',')]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 2));
  for (const r of rows) process.stdout.write(`${r.map((v, i) => (i < 4 ? v.padEnd(widths[i]!) : v)).join('  ')}\n`);
  process.stdout.write(`${checks.length} checks\n`);
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

export async function showCheck(id: string, opts: { checks?: string[] }): Promise<ExitCode> {
  const all = await loadCatalogueInfo(opts.checks ?? []);
  const c = all.find((x) => x.meta.id === id || (x.meta.aliases ?? []).includes(id));
  if (!c) throw new UsageError(`unknown check id ${id}`);
  const d = describeCheck(c);
  const lines = [
    `${d.id}: ${d.title}`,
    `severity: ${d.severity}   pillar: ${d.pillar}${d.function ? ` (${d.function})` : ''}   stage: ${d.stage}`,
    `targets: ${d.targetKinds.join(', ')}`,
    ...(d.rationale ? ['', d.rationale] : []),
    '',
    'references:',
    ...d.references.map((r) => `  - ${r}`),
    '',
    `remediation: ${d.remediation}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
