import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { isHostProcess } from '../../src/kit/k8s/security-context.js';

export default defineCheck({
  id: 'k8s.workload.windows-host-process',
  title: 'Windows containers do not run as HostProcess',
  rationale: 'A HostProcess container runs directly on the Windows node with its network and filesystem: the privileged container of Windows.',
  severity: 'critical',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.10'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.10', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Remove securityContext.windowsOptions.hostProcess: true; enforce the baseline Pod Security level on the namespace.',
  messages: { hostProcess: 'HostProcess containers: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.windows-host-process', pods, workloads, ctx, (t) =>
      containerFinding(t, 'hostProcess', (e) => (isHostProcess(e.container, t.spec) ? 'windowsOptions.hostProcess: true' : undefined)));
  },
});
