// The GPU checks through the normal CLI: `scan --local --only 'gpu.*'` with a stand-in
// nvidia-smi first on PATH that prints a real capture, one that fails the way a broken driver
// does, and none at all. (npm test builds dist/ first; the stand-ins are fixtures/nvidia/stand-in.)
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fx, ztaudit } from './helpers.js';

interface Report {
  targets: { status: string; error?: string }[];
  results: { checkId: string; status: string; severity: string; message: string; resource?: { name: string } }[];
}

const STAND_IN = fx('nvidia', 'stand-in');
const systemPath = '/usr/sbin:/usr/bin:/sbin:/bin';
// the host script appends these folders to PATH: a real nvidia-smi there would answer instead
const realSmi = systemPath.split(':').some((d) => existsSync(join(d, 'nvidia-smi')));

function scan(env: Record<string, string>, extra: string[] = []): { code: number | null; report: Report; stderr: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'ztaudit-gpu-')), 'r.json');
  const r = ztaudit(['scan', '--local', '--only', 'gpu.*', '-f', 'json', '-o', out, '-q', ...extra], env);
  return { code: r.code, report: JSON.parse(readFileSync(out, 'utf8')) as Report, stderr: r.stderr };
}

const statusOf = (rep: Report, id: string): string[] => rep.results.filter((r) => r.checkId === id).map((r) => r.status);

describe.skipIf(realSmi)('scan --local with a stand-in nvidia-smi', () => {
  it('a real capture (4x Tesla K80, driver 430.26) and a real nvidia-ctk 1.12.0 banner: the findings', () => {
    const { report } = scan({ PATH: `${STAND_IN}${delimiter}${systemPath}`, ZT_NVIDIA_CAPTURE: fx('nvidia', 'xml', 'pai__nvidia_smi_out_of_order.xml') });
    expect(report.targets[0]!.status).toBe('ok');
    const driver = report.results.find((r) => r.checkId === 'gpu.driver.vulnerable')!;
    expect(driver.status).toBe('fail');
    expect(driver.message).toMatch(/^driver 430\.26: NVIDIA publishes no fix on R430 \(newest bulletin 5861 \(2026-09-30\) fixes R580, R595, R610, R615\)/);
    expect(statusOf(report, 'gpu.driver.branch-supported')).toEqual(['fail']);
    // two of the four K80s carry lifetime uncorrectable ECC errors (7 and 4)
    expect(statusOf(report, 'gpu.ecc.uncorrectable-errors').sort()).toEqual(['fail', 'fail', 'pass', 'pass']);
    expect(statusOf(report, 'gpu.ecc.enabled')).toEqual(['pass', 'pass', 'pass', 'pass']);
    const tk = report.results.find((r) => r.checkId === 'gpu.toolkit.vulnerable')!;
    expect(tk.status).toBe('fail');
    expect(tk.severity).toBe('critical');
    expect(tk.message).toContain('CVE-2024-0132');
    expect(statusOf(report, 'gpu.monitoring.dcgm')).toEqual(['fail']);
    expect(statusOf(report, 'gpu.workload.miner-process')).toEqual(['pass']);
    expect(statusOf(report, 'gpu.mig.multi-tenant')).toEqual(['not_applicable']);
    // the shipped table is dated 2026-09-30: a warn once it is over 180 days old, never silent
    const age = (Date.now() - Date.parse('2026-09-30T00:00:00Z')) / 86_400_000;
    expect(statusOf(report, 'gpu.advisories.current')).toEqual([age > 181 ? 'warn' : age < 179 ? 'pass' : expect.stringMatching(/^(pass|warn)$/)]);
  });

  it('a fixed driver (610.57.04 text capture through the -q fallback) passes the driver checks', () => {
    const { report } = scan({ PATH: `${STAND_IN}${delimiter}${systemPath}`, ZT_NVIDIA_CAPTURE: fx('nvidia', 'text', 'linux-x86_64__nvidia-geforce-rtx-2080-super__610.57.04__q.txt') });
    expect(statusOf(report, 'gpu.driver.vulnerable')).toEqual(['pass']);
    expect(statusOf(report, 'gpu.driver.branch-supported')).toEqual(['pass']);
  });

  it('a stale --gpu-advisories table: a warn naming its date', () => {
    const table = join(mkdtempSync(join(tmpdir(), 'ztaudit-gpu-')), 'old.csv');
    writeFileSync(table, readFileSync(fx('nvidia', 'driver-advisories-linux.csv'), 'utf8'));
    const { report } = scan({ PATH: `${STAND_IN}${delimiter}${systemPath}`, ZT_NVIDIA_CAPTURE: fx('nvidia', 'xml', 'telegraf__rtx-3080-v13.xml') }, ['--gpu-advisories', table]);
    const cur = report.results.find((r) => r.checkId === 'gpu.advisories.current')!;
    expect(cur.status).toBe('warn');
    expect(cur.message).toContain(`the advisory table (${table}) is dated 2026-05-21`);
    // judged by that table: 5821 is its newest, R595 first fixed 595.71.05
    expect(report.results.find((r) => r.checkId === 'gpu.driver.vulnerable')!.message).toMatch(/^driver 595\.58\.03 \(R595\) is below 595\.71\.05/);
  });

  it('a broken driver: the GPU checks are errors with nvidia-smi\'s words, never a pass', () => {
    const { code, report } = scan({ PATH: `${STAND_IN}${delimiter}${systemPath}`, ZT_NVIDIA_FAIL: '1' });
    expect(report.targets[0]!.status).toBe('partial');
    for (const id of ['gpu.driver.vulnerable', 'gpu.ecc.enabled', 'gpu.workload.miner-process']) {
      const r = report.results.find((x) => x.checkId === id)!;
      expect(r.status, id).toBe('error');
      expect(r.message).toBe("nvidia-smi failed: nvidia-smi -q -x exited 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.");
    }
    expect(report.results.some((r) => r.status === 'pass' && r.checkId !== 'gpu.advisories.current')).toBe(false);
    // a partly collected host lowers coverage; only a lost target or --min-coverage makes exit 3
    expect(code).toBe(0);
    expect(scan({ PATH: `${STAND_IN}${delimiter}${systemPath}`, ZT_NVIDIA_FAIL: '1' }, ['--min-coverage', '100']).code).toBe(3);
  });

  it('no nvidia-smi at all: every GPU check is not_applicable', () => {
    const { code, report } = scan({ PATH: systemPath });
    expect(report.results.length).toBe(11);
    expect(new Set(report.results.map((r) => r.status))).toEqual(new Set(['not_applicable']));
    expect(report.results[0]!.message).toBe('no NVIDIA GPU driver: nvidia-smi not found');
    expect(code).toBe(0);
  });

  it('--gpu-advisories naming a missing file is a usage error', () => {
    const r = ztaudit(['scan', '--local', '--only', 'gpu.*', '--gpu-advisories', '/nonexistent/nvidia.csv', '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read --gpu-advisories table /nonexistent/nvidia.csv');
  });
});

describe('scan --manifests with GPU pods', () => {
  it('the k8s.gpu.* findings through the CLI', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ztaudit-gpu-')), 'r.json');
    const r = ztaudit(['scan', '--manifests', fx('nvidia', 'manifests'), '--only', 'k8s.gpu.*', '-f', 'json', '-o', out, '-q']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const by = Object.fromEntries(report.results.map((x) => [x.checkId, x]));
    expect(by['k8s.gpu.privileged']).toMatchObject({ status: 'fail', resource: { name: 'trainer' } });
    expect(by['k8s.gpu.host-driver-mount']).toMatchObject({ status: 'fail', message: 'GPU pod mounts host driver paths: dev (/dev/nvidia0)' });
    expect(by['k8s.gpu.limits']!.status).toBe('fail');
    expect(by['k8s.gpu.component-vulnerable']).toMatchObject({ status: 'fail', severity: 'critical', resource: { name: 'nvidia-device-plugin-daemonset' } });
    expect(by['k8s.gpu.component-vulnerable']!.message).toContain('k8s-device-plugin 0.17.2 (nvcr.io/nvidia/k8s-device-plugin:v0.17.2) is below 0.17.3: CVE-2025-23266, CVE-2025-23267');
  });
});
