// The GPU section to facts (pure). No nvidia-smi: not_applicable. nvidia-smi failing (a broken
// or mismatched driver): gpu.nvidia is an error with nvidia-smi's own first line, while gpu.host
// still says what the host has (kernel module, libraries, toolkit, monitoring).
import type { GpuHostFacts, GpuProcess, NvidiaSmiFacts } from '../../kit/gpu/facts.js';
import { leadingVersion } from '../../kit/gpu/versions.js';
import { notApplicableFact, ok, unavailable, type Outcome } from '../../engine/types.js';
import { attr, attrs, commandReason, type Section } from '../shell/sections.js';
import { parseNvidiaSmiText } from './parse-text.js';
import { parseNvidiaSmiXml } from './parse-xml.js';

export interface GpuSectionFacts {
  nvidia: Outcome<NvidiaSmiFacts>;
  host: Outcome<GpuHostFacts>;
}

/** nvidia-smi's output, XML or text, to facts (throws when it is neither). */
export function parseNvidiaSmi(output: string): NvidiaSmiFacts {
  const t = output.trimStart();
  return t.startsWith('<') ? parseNvidiaSmiXml(t) : parseNvidiaSmiText(t);
}

/** The loaded kernel module's version: "NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.54.03  ..." or a bare version. */
export function kernelModuleVersion(text: string): string | null {
  const m = /Kernel Module(?:\s+for\s+\S+)?\s+(\d+\.\d+(?:\.\d+)?)/.exec(text);
  if (m) return m[1]!;
  const bare = text.trim();
  return /^\d+\.\d+(\.\d+)?$/.test(bare) ? bare : null;
}

/** `nvidia-ctk --version` ("NVIDIA Container Toolkit CLI version 1.12.0") or `nvidia-container-cli -V` ("cli-version: 1.17.8" / "version: 1.0.7"). */
export function toolkitVersion(text: string): string | null {
  const m = /(?:Toolkit CLI version|cli-version:|^version:)\s*v?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)/im.exec(text);
  return m ? m[1]! : null;
}

/** Who a process belongs to, from its cgroup: a pod, a container, else its user. */
export function tenantOf(user: string | null, cgroup: string): string | null {
  const pod = /pod([0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{12})/.exec(cgroup);
  if (pod) return `pod:${pod[1]!.replace(/_/g, '-')}`;
  const ctr = /(?:docker|cri-containerd|crio|libpod)[-/]([0-9a-f]{12,64})/.exec(cgroup);
  if (ctr) return `container:${ctr[1]!.slice(0, 12)}`;
  return user ? `user:${user}` : null;
}

const LIVE_ONLY = 'GPU facts are read from the running system (nvidia-smi); not collected from a mounted root';

export function parseGpuSection(s: Section, mode: 'live' | 'offline'): GpuSectionFacts {
  if (mode === 'offline' || attr(s, 'gpu') === 'offline') return { nvidia: notApplicableFact(LIVE_ONLY), host: notApplicableFact(LIVE_ONLY) };
  const smiPath = attr(s, 'smi');
  if (!smiPath) return { nvidia: unavailable('the GPU section did not say whether nvidia-smi exists'), host: unavailable('the GPU section did not say whether nvidia-smi exists') };
  const moduleFile = ['/proc/driver/nvidia/version', '/sys/module/nvidia/version']
    .map((p) => ({ p, f: s.files.get(p) }))
    .find(({ f }) => f?.state === 'file' && kernelModuleVersion(f.content) !== null);
  if (smiPath === 'missing') {
    const why = moduleFile ? `nvidia-smi not found (an nvidia kernel module ${kernelModuleVersion(moduleFile.f!.content) ?? ''} is loaded, but without its tools the GPUs cannot be assessed)` : 'no NVIDIA GPU driver: nvidia-smi not found';
    return { nvidia: notApplicableFact(why), host: notApplicableFact(why) };
  }
  const smi = s.commands.get('smi');
  let nvidia: Outcome<NvidiaSmiFacts>;
  if (!smi) nvidia = unavailable('nvidia-smi output missing from the collector output');
  else if (smi.rc !== 0) nvidia = unavailable(`nvidia-smi failed: ${commandReason('nvidia-smi -q -x', smi)}`);
  else {
    try {
      nvidia = ok(parseNvidiaSmi(smi.output));
    } catch (err) {
      nvidia = unavailable(`cannot parse nvidia-smi -q -x: ${(err as Error).message}`);
    }
  }
  if (nvidia.ok) {
    // owners of the GPU processes (gproc=PID USER CGROUP...)
    const owners = new Map<number, { user: string | null; tenant: string | null }>();
    for (const line of attrs(s, 'gproc')) {
      const m = /^(\d+)\s+(\S+)\s*(.*)$/.exec(line);
      if (!m) continue;
      const user = m[2] === '?' ? null : m[2]!;
      owners.set(Number(m[1]), { user, tenant: tenantOf(user, m[3] ?? '') });
    }
    const withOwner = (p: GpuProcess): GpuProcess => (p.pid !== null && owners.has(p.pid) ? { ...p, ...owners.get(p.pid)! } : p);
    nvidia = ok({ ...nvidia.value, gpus: nvidia.value.gpus.map((g) => ({ ...g, processes: g.processes.map(withOwner) })) });
  }
  const ctk = s.commands.get('ctk');
  const ccli = s.commands.get('ccli');
  const ctkVersion = ctk && ctk.rc === 0 ? toolkitVersion(ctk.output) : null;
  const cliVersion = ccli && ccli.rc === 0 ? toolkitVersion(ccli.output) : null;
  const dcgm = attrs(s, 'dcgm');
  const procs = attrs(s, 'dcgmproc');
  const host: GpuHostFacts = {
    smi: nvidia.ok
      ? { state: 'ok', reason: null, driverVersion: nvidia.value.driverVersion }
      : { state: 'failed', reason: nvidia.reason, driverVersion: null },
    kernelModule: moduleFile ? { version: kernelModuleVersion(moduleFile.f!.content)!, source: moduleFile.p } : null,
    libraryVersions: [...new Set(attrs(s, 'nvlib').map((l) => leadingVersion(/\.so\.(.+)$/.exec(l)?.[1])).filter((v): v is string => v !== null && v.includes('.')))].sort(),
    containerToolkit: ctkVersion || cliVersion ? { version: (ctkVersion ?? cliVersion)!, ctkVersion, cliVersion } : null,
    monitoring: {
      dcgmExporter: { installed: dcgm.includes('exporter-installed') || procs.includes('dcgm-exporter'), running: procs.includes('dcgm-exporter') },
      hostEngine: { installed: dcgm.includes('hostengine-installed') || procs.includes('nv-hostengine'), running: procs.includes('nv-hostengine') },
    },
  };
  return { nvidia, host: ok(host) };
}
