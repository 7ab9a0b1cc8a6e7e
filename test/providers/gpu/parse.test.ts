// Every real nvidia-smi capture in fixtures/nvidia/ parses, and its driver verdict against the
// built-in advisory table is the one computed by hand below (from the rows of
// data/nvidia/advisories.csv: the newest driver bulletin, 5861 of 2026-09-30, fixes R580
// 580.178.04, R595 595.91.07, R610 610.57.04 and R615 615.71.09; 5821 of 2026-05-19 fixed
// R535 535.309.01, R580 580.159.03, R595 595.71.05; 5747 fixed R590 590.48.01).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable, driverVerdict, gpuProductLine, parseAdvisoryCsv, type DriverVerdict } from '../../../src/kit/gpu/advisories.js';
import { hostProductLine } from '../../../src/kit/gpu/check-kit.js';
import type { NvidiaSmiFacts } from '../../../src/kit/gpu/facts.js';
import { parseNvidiaSmiText } from '../../../src/providers/gpu/parse-text.js';
import { parseNvidiaSmiXml } from '../../../src/providers/gpu/parse-xml.js';
import { kernelModuleVersion, toolkitVersion } from '../../../src/providers/gpu/parse.js';
import { fx } from '../../cli/helpers.js';

const table = buildTable(readFileSync(fx('..', 'data', 'nvidia', 'advisories.csv'), 'utf8'), 'built-in', new Date('2026-12-04T00:00:00Z'));
const xml = (f: string): NvidiaSmiFacts => parseNvidiaSmiXml(readFileSync(fx('nvidia', 'xml', f), 'utf8'));
const txt = (f: string): NvidiaSmiFacts => parseNvidiaSmiText(readFileSync(fx('nvidia', 'text', f), 'utf8'));
const verdict = (s: NvidiaSmiFacts): DriverVerdict | 'windows' => (s.platform === 'windows' ? 'windows' : driverVerdict(s.driverVersion, table.rows, hostProductLine(s)));

// the Linux CVEs of the September 2026 bulletin (5861) in the table, sorted
const SEPT_2026 = ['CVE-2026-47556', 'CVE-2026-47558', 'CVE-2026-47559', 'CVE-2026-47560', 'CVE-2026-47561', 'CVE-2026-47563', 'CVE-2026-47595'];

type Expect = { driver: string | null; gpus: number; platform?: 'linux' | 'windows'; state: DriverVerdict['state'] | 'windows'; fixed?: string; cves?: string[]; cvss?: number };

// driver verdicts computed by hand: a branch missing from 5861 has no fix ("unsupported"); a
// listed one is vulnerable below its highest first fixed version.
const XML: Record<string, Expect> = {
  'datakit__gtx-1050-1.xml': { driver: '515.65.01', gpus: 1, state: 'unsupported' },
  'datakit__gtx-1card.xml': { driver: '460.39', gpus: 1, state: 'unsupported' },
  'datakit__gtx-8card.xml': { driver: '460.73.01', gpus: 8, state: 'unsupported' },
  'netdata__a100-sxm4-mig.xml': { driver: '510.47.03', gpus: 1, state: 'unsupported' },
  'netdata__rtx-2080-win.xml': { driver: '516.59', gpus: 1, platform: 'windows', state: 'windows' },
  'netdata__rtx-3060.xml': { driver: '515.65.01', gpus: 1, state: 'unsupported' },
  // R535 is past its end: 5861 lists no R535 fix, although 5821 fixed it in 535.309.01
  // and the R535 rows it is below stay open too: 5821's CVSS 8.8 is the highest
  'netdata__rtx-4090-driver-535.xml': { driver: '535.86.05', gpus: 1, state: 'unsupported', cvss: 8.8 },
  'netdata__rtx-pro-6000-driver-580.xml': { driver: null, gpus: 1, state: 'unknown' },
  'netdata__tesla-p100.xml': { driver: '510.47.03', gpus: 1, state: 'unsupported' },
  'pai__nvidia_smi_out_of_order.xml': { driver: '430.26', gpus: 4, state: 'unsupported' },
  'pai__nvidia_smi_outdated_gpu.xml': { driver: '384.111', gpus: 1, state: 'unsupported' },
  'pai__nvidia_smi_sample.xml': { driver: '384.66', gpus: 2, state: 'unsupported' },
  'pai__nvidia_smi_sample_ecc_unsupported.xml': { driver: '410.73', gpus: 2, state: 'unsupported' },
  'telegraf__a100-sxm4-v12.xml': { driver: '535.54.03', gpus: 1, state: 'unsupported', cvss: 8.8 },
  'telegraf__a10g.xml': { driver: '515.105.01', gpus: 1, state: 'unsupported' },
  'telegraf__gtx-1070-ti.xml': { driver: null, gpus: 1, state: 'unknown' },
  'telegraf__gtx-1660-ti.xml': { driver: '418.43', gpus: 1, state: 'unsupported' },
  'telegraf__quadro-p2000-v12.xml': { driver: '525.125.06', gpus: 1, state: 'unsupported' },
  'telegraf__quadro-p400.xml': { driver: '418.43', gpus: 1, state: 'unsupported' },
  // R570 was last fixed by 5747 (570.211.01); 5861 no longer lists it
  'telegraf__rtx-3060-v12.xml': { driver: '570.124.04', gpus: 1, state: 'unsupported' },
  'telegraf__rtx-3080-v12.xml': { driver: '536.40', gpus: 1, platform: 'windows', state: 'windows' },
  // 595.58.03 < 595.71.05 (5821) and < 595.91.07 (5861): every 5821 CVE and the September 2026 ones
  'telegraf__rtx-3080-v13.xml': { driver: '595.58.03', gpus: 1, state: 'vulnerable', fixed: '595.91.07' },
  'telegraf__rtx-3090-v12.xml': { driver: '525.147.05', gpus: 1, state: 'unsupported' },
  // 595.84 >= 595.71.05 but < 595.91.07: only the September 2026 CVE
  'telegraf__rtx-4000-sff-ada-v13.xml': { driver: '595.84', gpus: 1, state: 'vulnerable', fixed: '595.91.07', cves: SEPT_2026 },
  'telegraf__tesla-t4.xml': { driver: '515.105.01', gpus: 1, state: 'unsupported' },
};

const TEXT: Record<string, Expect> = {
  'linux-x86_64__nvidia-geforce-rtx-2080-super__595.71.05__q.txt': { driver: '595.71.05', gpus: 1, state: 'vulnerable', fixed: '595.91.07', cves: SEPT_2026 },
  // 610.57.04 is R610's first fixed version in 5861: fixed
  'linux-x86_64__nvidia-geforce-rtx-2080-super__610.57.04__q.txt': { driver: '610.57.04', gpus: 1, state: 'fixed' },
  'linux-x86_64__nvidia-geforce-rtx-4080-super__595.71.05__q.txt': { driver: '595.71.05', gpus: 1, state: 'vulnerable', fixed: '595.91.07', cves: SEPT_2026 },
  // R590: a short-lived branch; 5747 fixed it in 590.48.01, 5861 does not list it
  'linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01__q.txt': { driver: '590.48.01', gpus: 1, state: 'unsupported', cves: SEPT_2026 },
  'linux-x86_64__nvidia-h100-mig__590.48.01__q.txt': { driver: '590.48.01', gpus: 1, state: 'unsupported', cves: SEPT_2026 },
  'linux-x86_64__nvidia-h200-mig__590.48.01__q.txt': { driver: '590.48.01', gpus: 1, state: 'unsupported', cves: SEPT_2026 },
  'linux-x86_64__nvidia-h200__590.48.01__q.txt': { driver: '590.48.01', gpus: 1, state: 'unsupported', cves: SEPT_2026 },
  // 595.80 >= 595.71.05, < 595.91.07
  'linux-x86_64__nvidia-l40s__595.80__q.txt': { driver: '595.80', gpus: 1, state: 'vulnerable', fixed: '595.91.07', cves: SEPT_2026 },
  'windows-x86_64__nvidia-geforce-rtx-2080-super__591.86__q.txt': { driver: '591.86', gpus: 1, platform: 'windows', state: 'windows' },
  'windows-x86_64__nvidia-geforce-rtx-2080-super__610.62__q.txt': { driver: '610.62', gpus: 1, platform: 'windows', state: 'windows' },
};

function expectCapture(s: NvidiaSmiFacts, e: Expect): void {
  expect(s.driverVersion).toBe(e.driver);
  expect(s.gpus.length).toBe(e.gpus);
  expect(s.platform).toBe(e.platform ?? 'linux');
  for (const g of s.gpus) expect(g.productName).not.toBe('');
  const v = verdict(s);
  if (v === 'windows') return expect(e.state).toBe('windows');
  expect(v.state).toBe(e.state);
  if (e.fixed) expect(v.firstFixed).toBe(e.fixed);
  if (e.cves) expect(v.cves).toEqual(e.cves);
  if (v.state === 'unsupported') {
    expect(v.supportedBranches).toEqual(['R580', 'R595', 'R610', 'R615']);
    // the newest bulletin's CVE (7.8), plus what the branch's own rows left open
    expect(v.cves).toContain('CVE-2026-47595');
    expect(v.maxCvss).toBe(e.cvss ?? 7.8);
  }
}

describe('nvidia-smi -q -x captures', () => {
  it('the table covers every XML capture in fixtures/nvidia/xml', () => {
    expect(Object.keys(XML).sort()).toEqual(readdirSync(fx('nvidia', 'xml')).sort());
  });
  it.each(Object.entries(XML))('%s parses with the expected driver verdict', (file, e) => expectCapture(xml(file), e));

  it('reads ECC, retired pages, remapped rows, MIG, processes', () => {
    const k80 = xml('pai__nvidia_smi_out_of_order.xml');
    expect(k80.gpus.map((g) => g.ecc.aggregateUncorrectable)).toEqual([7, 4, 0, 0]);
    expect(k80.gpus.every((g) => g.dataCenter && g.ecc.current === 'Enabled' && g.retiredPagesPending === false)).toBe(true);
    const a100 = xml('netdata__a100-sxm4-mig.xml').gpus[0]!;
    expect(a100.mig).toEqual({ current: 'Enabled', pending: 'Enabled', devices: 2 });
    expect(a100.inforomImage).toBe('G506.0200.00.04');
    expect(xml('telegraf__a10g.xml').gpus[0]!.remappedRows).toEqual({ uncorrectable: 0, pending: false, failure: false });
    const t4 = xml('telegraf__tesla-t4.xml');
    expect(t4.gpus[0]!.processes.map((p) => [p.pid, p.type, p.name])).toEqual([[675, 'G', '/usr/lib/xorg/Xorg'], [5762, 'C', 'python']]);
    expect(t4.cudaVersion).toBe('11.7');
    expect(t4.branch).toBe('R515');
    const rtx4000 = xml('telegraf__rtx-4000-sff-ada-v13.xml');
    expect(gpuProductLine(rtx4000.gpus[0]!)).toBe('rtx');
    expect(rtx4000.gpus[0]!.dataCenter).toBe(false);
    expect(rtx4000.gpus[0]!.ecc.current).toBe('Disabled');
  });

  it('rejects what is not an nvidia_smi_log', () => {
    expect(() => parseNvidiaSmiXml('<foo/>')).toThrow(/nvidia_smi_log/);
  });
});

describe('nvidia-smi -q text captures', () => {
  it('the table covers every -q capture in fixtures/nvidia/text', () => {
    expect(Object.keys(TEXT).sort()).toEqual(readdirSync(fx('nvidia', 'text')).filter((f) => f.endsWith('__q.txt')).sort());
  });
  it.each(Object.entries(TEXT))('%s parses with the expected driver verdict', (file, e) => expectCapture(txt(file), e));

  it('reads ECC, remapped rows, MIG instances, processes and the driver model', () => {
    const h100 = txt('linux-x86_64__nvidia-h100-mig__590.48.01__q.txt').gpus[0]!;
    expect(h100).toMatchObject({ productName: 'NVIDIA H100 80GB HBM3', architecture: 'Hopper', dataCenter: true, vbiosVersion: '96.00.A5.00.01', inforomImage: 'G520.0200.00.05' });
    expect(h100.mig).toEqual({ current: 'Enabled', pending: 'Enabled', devices: 4 });
    expect(h100.ecc).toEqual({ current: 'Enabled', pending: 'Enabled', volatileUncorrectable: 0, aggregateUncorrectable: 0 });
    const h200 = txt('linux-x86_64__nvidia-h200__590.48.01__q.txt').gpus[0]!;
    expect(h200.remappedRows).toEqual({ uncorrectable: 0, pending: false, failure: false });
    expect(h200.mig.current).toBe('Disabled');
    const win = txt('windows-x86_64__nvidia-geforce-rtx-2080-super__610.62__q.txt');
    expect(win.gpus[0]!.driverModel).toBe('WDDM');
    expect(win.gpus[0]!.processes[0]).toMatchObject({ pid: 2140, type: 'C+G', name: 'C:\\Windows\\System32\\dwm.exe' });
    expect(txt('linux-x86_64__nvidia-geforce-rtx-2080-super__595.71.05__q.txt').gpus[0]!.processes.map((p) => p.name)).toEqual(['/usr/bin/gnome-shell', '/usr/bin/Xwayland']);
  });

  it('rejects text that is not nvidia-smi -q', () => {
    expect(() => parseNvidiaSmiText('hello world')).toThrow(/not nvidia-smi/);
  });
});

describe('toolkit banners and module versions', () => {
  it('reads the Container Toolkit version from both banners', () => {
    expect(toolkitVersion(readFileSync(fx('nvidia', 'text', 'nvidia-ctk--version__1.12.0.txt'), 'utf8'))).toBe('1.12.0');
    expect(toolkitVersion(readFileSync(fx('nvidia', 'text', 'nvidia-container-cli-V__1.0.7.txt'), 'utf8'))).toBe('1.0.7');
    expect(toolkitVersion('cli-version: 1.17.8\nlib-version: 1.17.8\nbuild date: 2025-07-01')).toBe('1.17.8');
    expect(toolkitVersion('nothing here')).toBeNull();
  });
  it('reads the kernel module version (proprietary, open, bare)', () => {
    expect(kernelModuleVersion('NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.54.03  Tue Jun  6 22:20:39 UTC 2023\nGCC version:  gcc version 12.2.0')).toBe('535.54.03');
    expect(kernelModuleVersion('NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  570.124.04  Release Build  (dvs-builder@U16-I3-B03-4-3)')).toBe('570.124.04');
    expect(kernelModuleVersion('590.48.01\n')).toBe('590.48.01');
  });
  it('nvidia-smi --version captures name the same driver as the -q capture', () => {
    for (const f of readdirSync(fx('nvidia', 'text')).filter((x) => x.endsWith('__version.txt'))) {
      const q = txt(f.replace('__version.txt', '__q.txt'));
      expect(readFileSync(fx('nvidia', 'text', f), 'utf8'), f).toContain(q.driverVersion!);
    }
  });
});

describe('branch lifecycle from the table', () => {
  // the table as it was before the September 2026 bulletin: 5821 (May 2026) is the newest
  const may = table.rows.filter((r) => r.date < '2026-09-30');
  it('a short-lived branch between two fixed ones has no fix (R590 between R580 and R595)', () => {
    const v = driverVerdict('590.48.01', may, 'tesla');
    expect(v.state).toBe('unsupported');
    expect(v.supportedBranches).toEqual(['R535', 'R580', 'R595']);
  });
  it('a branch still listed is judged by its first fixed version (R535 in May 2026)', () => {
    const v = driverVerdict('535.86.05', may, 'geforce');
    expect(v.state).toBe('vulnerable');
    expect(v.firstFixed).toBe('535.309.01');
    expect(v.maxCvss).toBe(8.8);
  });
  it('a branch newer than every listed one is beyond the table (R610 in May 2026)', () => {
    expect(driverVerdict('610.57.04', may, 'geforce').state).toBe('newer');
  });
  it('a branch past its end: R470 once fixed (5551), never listed again', () => {
    const v = driverVerdict('470.256.02', table.rows, 'tesla');
    expect(v.state).toBe('unsupported');
    expect(v.cves).toContain('CVE-2026-47595');
  });
  it('the product line picks the row: R570 in January 2025 (570.86.15 Tesla, 570.86.16 GeForce)', () => {
    const jan2025 = table.rows.filter((r) => r.bulletin === '5614');
    expect(driverVerdict('570.86.15', jan2025, 'tesla').state).toBe('fixed');
    expect(driverVerdict('570.86.15', jan2025, 'geforce').state).toBe('vulnerable');
  });
});

describe('the advisory table', () => {
  it('ships with driver, Container Toolkit, GPU Operator, device plugin and MIG manager rows, each with a source', () => {
    const components = new Set(table.rows.map((r) => r.component));
    expect([...components].sort()).toEqual(['container-toolkit', 'driver', 'gpu-operator', 'k8s-device-plugin', 'mig-manager']);
    for (const r of table.rows) expect(r.source).toMatch(/^https:\/\/github\.com\/NVIDIA\/product-security\//);
    expect(table.date).toBe('2026-09-30');
    expect(table.ageDays).toBe(65);
  });
  it('reads the shared extract too (no component column: all driver rows)', () => {
    const rows = parseAdvisoryCsv(readFileSync(fx('nvidia', 'driver-advisories-linux.csv'), 'utf8'));
    expect(rows.length).toBe(284);
    expect(rows.every((r) => r.component === 'driver' && /^R\d+$/.test(r.branch))).toBe(true);
    expect(rows.find((r) => r.product === 'NVIDIA RTX, Quadro, NVS')).toBeDefined();
  });
  it('refuses a table without the needed columns or with a bad row', () => {
    expect(() => parseAdvisoryCsv('a,b\n1,2\n')).toThrow(/no bulletin_id column/);
    const head = 'bulletin_id,bulletin_date,cve,product,branch,first_fixed_version,source\n';
    expect(() => parseAdvisoryCsv(`${head}1,2026-13,CVE-1,GeForce,R535,535.1,x\n`)).toThrow(/bad date/);
    expect(() => parseAdvisoryCsv(`${head}1,2026-01-01,CVE-1,GeForce,R535,soon,x\n`)).toThrow(/bad first fixed/);
  });
});
