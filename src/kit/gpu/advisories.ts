// The NVIDIA advisory table as data, and the verdicts read from it. Pure: text in, rows out;
// rows and versions in, verdicts out.
//
// How the table decides a Linux driver:
// - The driver's branch is its major number (535.54.03 -> R535).
// - The newest driver bulletin in the table names the branches NVIDIA still fixes ("supported").
// - A supported branch is vulnerable when the installed version is below a row's first fixed
//   version for that branch (and the GPU's product line, when known); the finding names the
//   highest first fixed version, the CVEs and the highest CVSS.
// - A branch the newest bulletin does not list, while it lists a newer one, gets no fix: a
//   short-lived feature branch (R545, R560, R575...) or one past end of support. It is treated
//   as vulnerable with no fix on it, naming the supported branches.
// - A branch newer than every branch the newest bulletin lists is beyond the table ("newer").
import type { AdvisoryComponent, AdvisoryRow, AdvisoryTable, GpuDevice } from './facts.js';
import { branchNumber, compareVersions, maxVersion, versionBelow } from './versions.js';

const COMPONENTS: readonly AdvisoryComponent[] = ['driver', 'container-toolkit', 'gpu-operator', 'k8s-device-plugin', 'mig-manager', 'vbios', 'inforom'];

/** RFC 4180 fields of one CSV text: quoted fields may hold commas, quotes ("") and newlines. */
export function csvRecords(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out.filter((r) => !(r.length === 1 && r[0]!.trim() === '') && !r[0]!.startsWith('#'));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The component of a row of a table without a `component` column (NVIDIA's own product names). */
function componentOf(product: string): AdvisoryComponent {
  const p = product.toLowerCase();
  if (p.includes('container toolkit')) return 'container-toolkit';
  if (p.includes('gpu operator')) return 'gpu-operator';
  if (p.includes('device plugin')) return 'k8s-device-plugin';
  if (p.includes('mig manager')) return 'mig-manager';
  return 'driver';
}

/**
 * Parse an advisory table (CSV with a header; `#` lines are comments). Columns by name:
 * [component,] bulletin_id, bulletin_date, updated, cve, cvss_v3_1, severity, product, platform,
 * branch, affected_versions, first_fixed_version, source. Throws with the line on a bad row.
 */
export function parseAdvisoryCsv(text: string): AdvisoryRow[] {
  const records = csvRecords(text);
  const header = (records.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  for (const need of ['bulletin_id', 'bulletin_date', 'cve', 'product', 'branch', 'first_fixed_version', 'source']) {
    if (col(need) < 0) throw new Error(`advisory table: no ${need} column (header: ${header.join(',')})`);
  }
  const get = (r: string[], name: string): string => (col(name) >= 0 ? (r[col(name)] ?? '').trim() : '');
  return records.map((r, i) => {
    const product = get(r, 'product');
    const rawComponent = get(r, 'component');
    const component = (rawComponent || componentOf(product)) as AdvisoryComponent;
    if (!COMPONENTS.includes(component)) throw new Error(`advisory table row ${i + 2}: unknown component "${rawComponent}"`);
    const date = get(r, 'bulletin_date');
    const updated = get(r, 'updated') || date;
    if (!DATE.test(date) || !DATE.test(updated)) throw new Error(`advisory table row ${i + 2}: bad date "${date}"`);
    const firstFixed = get(r, 'first_fixed_version').replace(/^v/i, '');
    if (!/^[0-9A-Fa-f]+(\.[0-9A-Za-z]+)*$/.test(firstFixed)) throw new Error(`advisory table row ${i + 2}: bad first fixed version "${firstFixed}"`);
    const cvssText = get(r, 'cvss_v3_1');
    const cvss = cvssText === '' ? null : Number(cvssText);
    if (cvss !== null && (Number.isNaN(cvss) || cvss < 0 || cvss > 10)) throw new Error(`advisory table row ${i + 2}: bad CVSS "${cvssText}"`);
    return {
      component,
      bulletin: get(r, 'bulletin_id'),
      date,
      updated,
      cve: get(r, 'cve'),
      cvss,
      severity: get(r, 'severity'),
      product,
      branch: get(r, 'branch').toUpperCase(),
      firstFixed,
      affected: get(r, 'affected_versions'),
      source: get(r, 'source'),
    };
  });
}

/** The table's date: its newest bulletin date or update. */
export const tableDate = (rows: readonly AdvisoryRow[]): string => rows.reduce((d, r) => (r.updated > d ? r.updated : r.date > d ? r.date : d), '');

export const MAX_TABLE_AGE_DAYS = 180;

/** Days from a YYYY-MM-DD date to `now` (whole days, never negative). */
export function daysSince(date: string, now: Date): number {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

export function buildTable(text: string, source: string, now: Date): AdvisoryTable {
  const rows = parseAdvisoryCsv(text);
  if (rows.length === 0) throw new Error('advisory table has no rows');
  const date = tableDate(rows);
  return { source, date, ageDays: daysSince(date, now), rows };
}

/**
 * The rows one host's verdicts read: every non-driver row, the newest driver bulletin's rows
 * (they name the supported branches) and the rows of the host's own branch. Verdicts on the
 * trimmed table are the verdicts on the whole one; a fleet's snapshot stays small.
 */
export function rowsForBranch(rows: readonly AdvisoryRow[], branch: string): AdvisoryRow[] {
  const isDriver = (r: AdvisoryRow): boolean => r.component === 'driver' && /^R\d+$/.test(r.branch);
  const newest = rows.filter(isDriver).reduce((d, r) => (r.date > d ? r.date : d), '');
  return rows.filter((r) => !isDriver(r) || r.date === newest || r.branch === branch);
}

/** NVIDIA's three bare-metal driver product lines. */
export type ProductLine = 'geforce' | 'rtx' | 'tesla';

export function productLineOf(text: string): ProductLine | null {
  const t = text.toLowerCase();
  if (t.includes('geforce') || t.includes('titan')) return 'geforce';
  if (t.includes('quadro') || t.includes('nvs') || t.includes('rtx')) return 'rtx';
  if (t.includes('tesla')) return 'tesla';
  return null;
}

/** The driver product line of a GPU: its brand, then its name; data-centre GPUs are Tesla. */
export function gpuProductLine(gpu: Pick<GpuDevice, 'productBrand' | 'productName' | 'dataCenter'>): ProductLine | null {
  if (gpu.dataCenter) return 'tesla';
  return productLineOf(gpu.productBrand ?? '') ?? productLineOf(gpu.productName);
}

export interface DriverVerdict {
  state: 'fixed' | 'vulnerable' | 'unsupported' | 'newer' | 'unknown';
  branch: string | null;
  installed: string | null;
  /** the version that fixes every listed CVE on the branch (vulnerable only) */
  firstFixed: string | null;
  cves: string[];
  maxCvss: number | null;
  bulletins: string[];
  /** branches the newest bulletin fixes */
  supportedBranches: string[];
  newest: { bulletin: string; date: string } | null;
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)].sort();
const maxOf = (xs: readonly (number | null)[]): number | null => xs.reduce<number | null>((m, x) => (x !== null && (m === null || x > m) ? x : m), null);

/** The rows that concern one product line (all of them when the line is unknown or not in the table). */
function forLine(rows: readonly AdvisoryRow[], line: ProductLine | null): AdvisoryRow[] {
  if (!line) return [...rows];
  const own = rows.filter((r) => productLineOf(r.product) === line);
  return own.length > 0 ? own : [...rows];
}

/** Judge a Linux driver version against the table's driver rows. */
export function driverVerdict(version: string | null, rows: readonly AdvisoryRow[], line: ProductLine | null = null): DriverVerdict {
  const driverRows = rows.filter((r) => r.component === 'driver' && /^R\d+$/.test(r.branch));
  const branch = (() => {
    const m = /^(\d{3})\.\d+/.exec((version ?? '').trim());
    return m ? `R${m[1]}` : null;
  })();
  const newestDate = driverRows.reduce((d, r) => (r.date > d ? r.date : d), '');
  const newestRows = driverRows.filter((r) => r.date === newestDate);
  const supportedBranches = uniq(newestRows.map((r) => r.branch)).sort((a, b) => branchNumber(a) - branchNumber(b));
  const newest = newestRows[0] ? { bulletin: uniq(newestRows.map((r) => r.bulletin)).join(', '), date: newestDate } : null;
  const base: DriverVerdict = { state: 'unknown', branch, installed: version, firstFixed: null, cves: [], maxCvss: null, bulletins: [], supportedBranches, newest };
  if (!version || !branch || driverRows.length === 0) return base;
  const mine = forLine(driverRows, line);
  const onBranch = mine.filter((r) => r.branch === branch && versionBelow(version, r.firstFixed));
  if (supportedBranches.includes(branch)) {
    if (onBranch.length === 0) return { ...base, state: 'fixed' };
    return {
      ...base,
      state: 'vulnerable',
      firstFixed: maxVersion(mine.filter((r) => r.branch === branch).map((r) => r.firstFixed)) ?? null,
      cves: uniq(onBranch.map((r) => r.cve)),
      maxCvss: maxOf(onBranch.map((r) => r.cvss)),
      bulletins: uniq(onBranch.map((r) => r.bulletin)),
    };
  }
  const highest = supportedBranches.length ? branchNumber(supportedBranches[supportedBranches.length - 1]!) : NaN;
  if (branchNumber(branch) > highest) return { ...base, state: 'newer' };
  // no fix on this branch: what the newest bulletin fixes elsewhere, and what was ever listed for it
  const unfixed = [...forLine(newestRows, line), ...onBranch];
  return {
    ...base,
    state: 'unsupported',
    cves: uniq(unfixed.map((r) => r.cve)),
    maxCvss: maxOf(unfixed.map((r) => r.cvss)),
    bulletins: uniq(unfixed.map((r) => r.bulletin)),
  };
}

export interface ComponentVerdict {
  state: 'fixed' | 'vulnerable' | 'unknown';
  firstFixed: string | null;
  cves: string[];
  maxCvss: number | null;
  bulletins: string[];
}

/** Judge a product version (Container Toolkit, GPU Operator, device plugin...) against its rows. */
export function componentVerdict(version: string | null, component: AdvisoryComponent, rows: readonly AdvisoryRow[], hex = false): ComponentVerdict {
  const mine = rows.filter((r) => r.component === component);
  if (!version || !/^v?\d/.test(version)) return { state: 'unknown', firstFixed: null, cves: [], maxCvss: null, bulletins: [] };
  const hits = mine.filter((r) => versionBelow(version, r.firstFixed, hex));
  if (hits.length === 0) return { state: 'fixed', firstFixed: null, cves: [], maxCvss: null, bulletins: [] };
  return {
    state: 'vulnerable',
    firstFixed: maxVersion(hits.map((r) => r.firstFixed), hex) ?? null,
    cves: uniq(hits.map((r) => r.cve)),
    maxCvss: maxOf(hits.map((r) => r.cvss)),
    bulletins: uniq(hits.map((r) => r.bulletin)),
  };
}

/** Firmware rows (vbios / inforom) whose product names this GPU; the highest minimum among them. */
export function firmwareMinimum(gpu: Pick<GpuDevice, 'productName'>, component: 'vbios' | 'inforom', rows: readonly AdvisoryRow[]): AdvisoryRow[] {
  const name = gpu.productName.toLowerCase();
  return rows.filter((r) => r.component === component && r.product !== '' && name.includes(r.product.toLowerCase()));
}

/** CVSS v3 base score to a severity word. */
export function cvssSeverity(score: number | null): 'critical' | 'high' | 'medium' | 'low' | 'unknown' {
  if (score === null) return 'unknown';
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

export { compareVersions };
