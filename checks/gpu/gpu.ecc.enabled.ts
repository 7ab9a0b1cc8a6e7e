import { defineCheck } from '../../src/engine/check.js';
import { gpuName } from '../../src/kit/gpu/check-kit.js';

export default defineCheck({
  id: 'gpu.ecc.enabled',
  title: 'ECC is on for data-centre GPUs',
  rationale: 'Without ECC, memory bit flips (and Rowhammer-style attacks on GPU memory, as in "GPUHammer") silently corrupt models and results; NVIDIA recommends ECC on for data-centre GPUs.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.nvidia'],
  references: ['NVIDIA Security Notice: Rowhammer (July 2025): enable System-Level ECC (GPUHammer, University of Toronto)', 'NVIDIA nvidia-smi documentation: -e, --ecc-config', 'NIST SP 800-53 SI-16'],
  remediation: 'nvidia-smi -i <index> -e 1, then reboot (or reset the GPU) so the pending ECC mode becomes current.',
  messages: {
    off: 'ECC is {{current}} on {{gpu}} (pending: {{pending}})',
  },
  evaluate({ 'gpu.nvidia': smi }, ctx) {
    const dc = smi.gpus.filter((g) => g.dataCenter && g.ecc.current !== null);
    if (dc.length === 0) return ctx.notApplicable('no data-centre GPU reporting an ECC mode');
    return dc.map((g) => {
      const resource = { kind: 'GPU', name: g.uuid ?? gpuName(g) };
      if (/^enabled$/i.test(g.ecc.current ?? '')) return ctx.pass(undefined, undefined, { resource });
      return ctx.fail('off', { gpu: gpuName(g), current: g.ecc.current ?? '?', pending: g.ecc.pending ?? '?' }, { resource });
    });
  },
});
