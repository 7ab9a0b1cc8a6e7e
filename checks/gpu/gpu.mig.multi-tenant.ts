import { defineCheck } from '../../src/engine/check.js';
import { gpuName } from '../../src/kit/gpu/check-kit.js';

export default defineCheck({
  id: 'gpu.mig.multi-tenant',
  title: 'A GPU shared by several tenants is partitioned with MIG',
  rationale: 'Without MIG, processes of different tenants share one GPU\'s memory, caches and scheduler: no memory or fault isolation between them, and side channels across them. MIG gives each tenant its own hardware slice.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['gpu.nvidia'],
  references: ['NVIDIA Multi-Instance GPU User Guide: "MIG provides ... fault isolation ... for multiple users"', 'NIST SP 800-53 SC-4', 'CISA ZTMM v2.0 Devices: Device Threat Protection'],
  remediation: 'Enable MIG (nvidia-smi -i <index> -mig 1, then create GPU instances) and give each tenant its own instance (the GPU Operator\'s MIG manager on Kubernetes), or keep one tenant per GPU.',
  messages: {
    shared: '{{gpu}} runs compute processes of {{count}} tenants ({{tenants}}) with MIG {{mig}}',
    isolated: '{{gpu}}: {{why}}',
  },
  evaluate({ 'gpu.nvidia': smi }, ctx) {
    const capable = smi.gpus.filter((g) => g.mig.current !== null);
    if (capable.length === 0) return ctx.notApplicable('no MIG-capable GPU (MIG mode N/A)');
    return capable.map((g) => {
      const resource = { kind: 'GPU', name: g.uuid ?? gpuName(g) };
      if (/^enabled$/i.test(g.mig.current ?? '')) return ctx.pass('isolated', { gpu: gpuName(g), why: `MIG enabled (${g.mig.devices} instances)` }, { resource });
      const tenants = [...new Set(g.processes.filter((p) => /C/.test(p.type ?? '')).map((p) => p.tenant ?? (p.user ? `user:${p.user}` : null)).filter((t): t is string => t !== null))].sort();
      if (tenants.length < 2) return ctx.pass('isolated', { gpu: gpuName(g), why: tenants.length ? `one tenant (${tenants[0]})` : 'no compute process of a known owner' }, { resource });
      return ctx.fail('shared', { gpu: gpuName(g), count: tenants.length, tenants: tenants.join(', '), mig: g.mig.current ?? '?' }, { resource, evidence: g.processes.map((p) => `${p.pid ?? '?'} ${p.name} ${p.tenant ?? p.user ?? '?'}`).join('; ') });
    });
  },
});
