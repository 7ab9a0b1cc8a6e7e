// The GPU section's output to facts, and the advisory table provider.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/engine/types.js';
import type { AdvisoryTable, GpuHostFacts, NvidiaSmiFacts } from '../../../src/kit/gpu/facts.js';
import type { TargetSpec } from '../../../src/kinds/types.js';
import { parseGpuSection, tenantOf } from '../../../src/providers/gpu/parse.js';
import { GPU_ADVISORIES_PROVIDER, GPU_NVIDIA_PROVIDER } from '../../../src/providers/gpu/provider.js';
import { planProviders } from '../../../src/providers/registry.js';
import { composeScript } from '../../../src/providers/shell/compose.js';
import { splitSections } from '../../../src/providers/shell/sections.js';
import { fx } from '../../cli/helpers.js';

const T4 = readFileSync(fx('nvidia', 'xml', 'telegraf__tesla-t4.xml'), 'utf8');

const section = (body: string) => splitSections(`==ZT== gpu\n${body}\n==ZT-END== gpu 0\n`).get('gpu')!;
const smi = (out: string, rc = 0): string => `smi=/usr/bin/nvidia-smi\n--ZT-CMD-- smi\n${out}\n\n--ZT-RC-- ${rc}`;
const value = <T,>(o: Outcome<T>): T => {
  if (!o.ok) throw new Error(o.reason);
  return o.value;
};

describe('the GPU section', () => {
  it('under --root: not applicable, with the reason', () => {
    const f = parseGpuSection(section('gpu=offline'), 'offline');
    expect(f.nvidia).toMatchObject({ ok: false, notApplicable: true });
    expect(f.host).toMatchObject({ ok: false, notApplicable: true });
  });

  it('no nvidia-smi: not applicable (no GPU is not a pass)', () => {
    const f = parseGpuSection(section('smi=missing\n--ZT-NOFILE-- /proc/driver/nvidia/version\n--ZT-NOFILE-- /sys/module/nvidia/version'), 'live');
    expect(f.nvidia).toEqual({ ok: false, notApplicable: true, reason: 'no NVIDIA GPU driver: nvidia-smi not found' });
  });

  it("nvidia-smi failing: gpu.nvidia is an error with nvidia-smi's words, gpu.host still reports", () => {
    const broken = "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.";
    const f = parseGpuSection(section(`${smi(broken, 9)}\nnvlib=libnvidia-ml.so.535.54.03\n--ZT-FILE-- /sys/module/nvidia/version\n535.54.03\n`), 'live');
    expect(f.nvidia.ok).toBe(false);
    expect(!f.nvidia.ok && f.nvidia.reason).toBe(`nvidia-smi failed: nvidia-smi -q -x exited 9: ${broken}`);
    expect(!f.nvidia.ok && f.nvidia.notApplicable).toBeFalsy();
    const host = value(f.host);
    expect(host.smi.state).toBe('failed');
    expect(host.kernelModule).toEqual({ version: '535.54.03', source: '/sys/module/nvidia/version' });
    expect(host.libraryVersions).toEqual(['535.54.03']);
  });

  it('a working host: GPUs, process owners and tenants, libraries, toolkit, DCGM, kernel module', () => {
    const body = [
      smi(T4),
      'gproc=5762 alice 0::/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod0f1e2d3c_4b5a_6978_8a9b_0c1d2e3f4a5b.slice/cri-containerd-abc.scope ',
      'gproc=675 root 0::/system.slice/gdm.service ',
      'nvlib=libnvidia-ml.so.515.105.01',
      'nvlib=libnvidia-ml.so.1',
      'dcgm=exporter-installed',
      'dcgmproc=nv-hostengine',
      '--ZT-CMD-- ctk',
      readFileSync(fx('nvidia', 'text', 'nvidia-ctk--version__1.12.0.txt'), 'utf8'),
      '--ZT-RC-- 0',
      '--ZT-FILE-- /proc/driver/nvidia/version',
      'NVRM version: NVIDIA UNIX x86_64 Kernel Module  515.105.01  Thu Mar 30 22:24:55 UTC 2023',
      'GCC version:  gcc version 9.4.0 (Ubuntu 9.4.0-1ubuntu1~20.04.1)',
      '--ZT-NOFILE-- /sys/module/nvidia/version',
    ].join('\n');
    const f = parseGpuSection(section(body), 'live');
    const nvidia: NvidiaSmiFacts = value(f.nvidia);
    expect(nvidia.driverVersion).toBe('515.105.01');
    expect(nvidia.gpus[0]!.processes.map((p) => [p.pid, p.user, p.tenant])).toEqual([
      [675, 'root', 'user:root'],
      [5762, 'alice', 'pod:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'],
    ]);
    const host: GpuHostFacts = value(f.host);
    expect(host).toEqual({
      smi: { state: 'ok', reason: null, driverVersion: '515.105.01' },
      kernelModule: { version: '515.105.01', source: '/proc/driver/nvidia/version' },
      libraryVersions: ['515.105.01'],
      containerToolkit: { version: '1.12.0', ctkVersion: '1.12.0', cliVersion: null },
      monitoring: { dcgmExporter: { installed: true, running: false }, hostEngine: { installed: true, running: true } },
    });
  });

  it('names tenants by pod, container or user', () => {
    expect(tenantOf('bob', '0::/system.slice/docker-0123456789abcdef0123.scope')).toBe('container:0123456789ab');
    expect(tenantOf('bob', '0::/user.slice/user-1000.slice')).toBe('user:bob');
    expect(tenantOf(null, '')).toBeNull();
  });

  it('is composed only when a selected check reads a gpu fact', () => {
    expect(planProviders('linux', new Set(['linux.sshd'])).map((p) => p.id)).not.toContain('gpu.nvidia');
    expect(planProviders('linux', new Set(['gpu.nvidia', 'gpu.advisories'])).map((p) => p.id)).toEqual(['linux.os', 'gpu.nvidia', 'gpu.advisories']);
    expect(composeScript([GPU_NVIDIA_PROVIDER])).toContain('nvidia-smi -q -x');
  });
});

describe('the advisory table provider', () => {
  const ctx = (facts?: Record<string, Outcome<unknown>>) => ({ timeoutMs: 1000, signal: new AbortController().signal, log: () => undefined, ...(facts ? { facts } : {}) });
  const target = (options: Record<string, unknown> = {}): TargetSpec => ({ id: 'linux:test', kind: 'linux', name: 'test', options });

  it('reads the built-in table', async () => {
    const r = await GPU_ADVISORIES_PROVIDER.collect(target(), undefined, ctx());
    const t = value(r.facts['gpu.advisories'] as Outcome<AdvisoryTable>);
    expect(t.source).toBe('built-in');
    expect(t.date).toBe('2026-09-30');
    expect(t.rows.length).toBeGreaterThan(300);
  });

  it('is not applicable on a host without an NVIDIA GPU (keeps snapshots small)', async () => {
    const none = { ok: false as const, reason: 'no NVIDIA GPU driver: nvidia-smi not found', notApplicable: true };
    const r = await GPU_ADVISORIES_PROVIDER.collect(target(), undefined, ctx({ 'gpu.nvidia': none, 'gpu.host': none }));
    expect(r.facts['gpu.advisories']).toEqual(none);
  });

  it('reads --gpu-advisories FILE instead, and says how old it is', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ztaudit-gpu-')), 'old.csv');
    writeFileSync(file, readFileSync(fx('nvidia', 'driver-advisories-linux.csv'), 'utf8').split('\n').filter((l, i) => i === 0 || l.startsWith('5520,')).join('\n'));
    const r = await GPU_ADVISORIES_PROVIDER.collect(target({ gpuAdvisories: file }), undefined, ctx());
    const t = value(r.facts['gpu.advisories'] as Outcome<AdvisoryTable>);
    expect(t.source).toBe(file);
    expect(t.date).toBe('2024-02-28');
    expect(t.ageDays).toBeGreaterThan(180);
    const bad = await GPU_ADVISORIES_PROVIDER.collect(target({ gpuAdvisories: join(file, '..', 'missing.csv') }), undefined, ctx());
    expect(bad.facts['gpu.advisories']).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot read the GPU advisory table/) });
  });
});

describe('the advisory rows a GPU host carries', () => {
  it('are only those its verdicts read, and give the same verdicts', async () => {
    const { buildTable, driverVerdict, componentVerdict, rowsForBranch } = await import('../../../src/kit/gpu/advisories.js');
    const full = buildTable(readFileSync(fx('..', 'data', 'nvidia', 'advisories.csv'), 'utf8'), 'built-in', new Date('2026-12-04T00:00:00Z')).rows;
    for (const version of ['535.86.05', '590.48.01', '595.58.03', '595.84', '610.57.04', '470.256.02', '620.1.1']) {
      const trimmed = rowsForBranch(full, `R${version.slice(0, 3)}`);
      expect(trimmed.length).toBeLessThan(full.length / 2);
      for (const line of ['geforce', 'rtx', 'tesla', null] as const) expect(driverVerdict(version, trimmed, line), version).toEqual(driverVerdict(version, full, line));
      expect(componentVerdict('1.17.7', 'container-toolkit', trimmed)).toEqual(componentVerdict('1.17.7', 'container-toolkit', full));
    }
  });

  it('the provider trims the table to the host branch', async () => {
    const nvidia = { ok: true as const, value: { branch: 'R595' } };
    const r = await GPU_ADVISORIES_PROVIDER.collect({ id: 'linux:t', kind: 'linux', name: 't', options: {} }, undefined, { timeoutMs: 1000, signal: new AbortController().signal, log: () => undefined, facts: { 'gpu.nvidia': nvidia } });
    const t = value(r.facts['gpu.advisories'] as Outcome<AdvisoryTable>);
    expect(new Set(t.rows.filter((x) => x.component === 'driver').map((x) => x.branch))).toEqual(new Set(['R580', 'R595', 'R610', 'R615']));
    expect(t.date).toBe('2026-09-30');
  });
});
