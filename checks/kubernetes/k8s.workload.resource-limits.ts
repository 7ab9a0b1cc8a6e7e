import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { asRecord } from '../../src/kit/k8s/objects.js';

export default defineCheck({
  id: 'k8s.workload.resource-limits',
  title: 'Containers set CPU and memory limits',
  rationale: 'A container without limits can starve its node, turning one compromised or buggy workload into a denial of service for its neighbours.',
  severity: 'low',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Resource policies', 'NIST SP 800-190 4.4.2', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Set resources.limits.cpu and resources.limits.memory on every container (or a LimitRange default per namespace).',
  messages: { unlimited: 'missing limits in: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.resource-limits', pods, workloads, ctx, (t) =>
      containerFinding(t, 'unlimited', (e) => {
        const limits = asRecord(asRecord(e.container.resources).limits);
        const missing = ['cpu', 'memory'].filter((r) => limits[r] === undefined || limits[r] === null || limits[r] === '');
        return missing.length > 0 ? `no ${missing.join(' or ')} limit` : undefined;
      }, ['container', 'initContainer']));
  },
});
