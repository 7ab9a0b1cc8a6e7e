import { defineCheck } from '../../src/engine/check.js';
import { containerFinding } from '../../src/kit/k8s/judge.js';
import { isPrivileged } from '../../src/kit/k8s/security-context.js';
import { judgeGpuTemplates, wantsGpu } from '../../src/kit/gpu/k8s.js';

export default defineCheck({
  id: 'k8s.gpu.privileged',
  title: 'GPU pods do not run privileged',
  rationale: 'A GPU pod needs only the devices the device plugin gives it; privileged it sees every GPU and every host device, and a GPU driver flaw (local privilege escalation) becomes a node takeover.',
  severity: 'critical',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['NVIDIA k8s-device-plugin README: running GPU jobs without privileged mode', 'NVIDIA Security Bulletin: NVIDIA Container Toolkit - September 2024 (5582), CVE-2024-0132', 'CIS Kubernetes Benchmark v1.12 5.2.2', 'NIST SP 800-190 4.4.3'],
  remediation: 'Remove securityContext.privileged from GPU containers and request GPUs through resources.limits["nvidia.com/gpu"]; the device plugin mounts only the assigned device.',
  messages: { privileged: 'privileged GPU containers: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeGpuTemplates(pods, workloads, ctx, (t) => containerFinding(t, 'privileged', (e) => (wantsGpu(e) && isPrivileged(e.container) ? 'securityContext.privileged: true' : undefined)));
  },
});
