import { defineCheck } from '../../src/engine/check.js';
import { containerFinding } from '../../src/kit/k8s/judge.js';
import { asRecord } from '../../src/kit/k8s/objects.js';
import { judgeGpuTemplates, wantsGpu } from '../../src/kit/gpu/k8s.js';

export default defineCheck({
  id: 'k8s.gpu.limits',
  title: 'GPU containers set limits: the GPU in limits, and CPU and memory limits',
  rationale: 'Extended resources such as nvidia.com/gpu are only enforced through limits; a GPU container without CPU and memory limits can starve the node that every other GPU job shares.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['Kubernetes documentation: Schedule GPUs ("GPUs are only supposed to be specified in the limits section")', 'NSA/CISA Kubernetes Hardening Guide v1.2: Resource policies', 'NIST SP 800-53 SC-6'],
  remediation: 'Set resources.limits["nvidia.com/gpu"] (and no request above it) plus resources.limits.cpu and resources.limits.memory on every GPU container.',
  messages: { limits: 'GPU containers without limits: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeGpuTemplates(pods, workloads, ctx, (t) =>
      containerFinding(t, 'limits', (e) => {
        if (!wantsGpu(e)) return undefined;
        const limits = asRecord(asRecord(e.container.resources).limits);
        const missing = [
          Object.keys(limits).some((k) => k.startsWith('nvidia.com/')) ? '' : 'nvidia.com/* only in requests',
          limits.cpu === undefined ? 'no cpu limit' : '',
          limits.memory === undefined ? 'no memory limit' : '',
        ].filter(Boolean);
        return missing.length ? missing.join(', ') : undefined;
      }));
  },
});
