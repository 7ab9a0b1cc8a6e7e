import { defineCheck } from '../../src/engine/check.js';
import { gpuName } from '../../src/kit/gpu/check-kit.js';
import type { GpuDevice } from '../../src/kit/gpu/facts.js';

const problems = (g: GpuDevice): string[] => {
  const out: string[] = [];
  if ((g.ecc.volatileUncorrectable ?? 0) > 0) out.push(`${g.ecc.volatileUncorrectable} uncorrectable ECC errors since the driver loaded`);
  if ((g.ecc.aggregateUncorrectable ?? 0) > 0) out.push(`${g.ecc.aggregateUncorrectable} uncorrectable ECC errors over its life`);
  if (g.retiredPagesPending === true) out.push('a page retirement is pending');
  if (g.remappedRows?.pending === true) out.push('a row remap is pending');
  if (g.remappedRows?.failure === true) out.push('a row remapping failed');
  return out;
};

const reports = (g: GpuDevice): boolean =>
  g.ecc.volatileUncorrectable !== null || g.ecc.aggregateUncorrectable !== null || g.retiredPagesPending !== null || g.remappedRows !== null;

export default defineCheck({
  id: 'gpu.ecc.uncorrectable-errors',
  title: 'GPUs have no uncorrectable memory errors or pending row remaps',
  rationale: 'Uncorrectable ECC errors corrupt whatever the GPU computes; a pending page retirement or row remap is not in effect until the GPU is reset, so the bad memory is still in use.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.nvidia'],
  references: ['NVIDIA GPU Memory Error Management (r575), "Row Remapping" and "Dynamic Page Retirement"', 'NVIDIA DCGM diagnostics: XID 48, 63, 64', 'NIST SP 800-53 SI-4'],
  remediation: 'Drain the GPU and reset it (nvidia-smi -r -i <index>, or reboot) so pending retirements/remaps take effect; a GPU with a remapping failure or growing uncorrectable errors goes back to the vendor (RMA).',
  messages: {
    errors: '{{gpu}}: {{problems}}',
  },
  evaluate({ 'gpu.nvidia': smi }, ctx) {
    const gpus = smi.gpus.filter(reports);
    if (gpus.length === 0) return ctx.notApplicable('no GPU reports ECC error counts, page retirement or row remapping');
    return gpus.map((g) => {
      const resource = { kind: 'GPU', name: g.uuid ?? gpuName(g) };
      const p = problems(g);
      return p.length === 0 ? ctx.pass(undefined, undefined, { resource }) : ctx.fail('errors', { gpu: gpuName(g), problems: p.join('; ') }, { resource });
    });
  },
});
