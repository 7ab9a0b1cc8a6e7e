import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { addedCapabilities } from '../../src/kit/k8s/security-context.js';

// The restricted Pod Security level allows adding only NET_BIND_SERVICE.
const ALLOWED = new Set(['NET_BIND_SERVICE']);
const DANGEROUS = new Set(['ALL', 'SYS_ADMIN', 'NET_RAW', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'DAC_READ_SEARCH', 'BPF', 'PERFMON', 'SYS_RAWIO']);

export default defineCheck({
  id: 'k8s.workload.added-capabilities',
  title: 'Containers add no Linux capabilities beyond NET_BIND_SERVICE',
  rationale: 'SYS_ADMIN is nearly root on the node; NET_RAW allows ARP and DNS spoofing of neighbouring pods; every added capability widens the kernel attack surface.',
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.8', '5.2.9'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.8', 'CIS Kubernetes Benchmark v1.12 5.2.9', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Remove the capabilities from securityContext.capabilities.add; if one is truly needed, document it and isolate the workload.',
  messages: {
    dangerous: 'dangerous capabilities added in: {{containers}}',
    added: 'capabilities added in: {{containers}}',
  },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.added-capabilities', pods, workloads, ctx, (t) => {
      let dangerous = false;
      const finding = containerFinding(t, 'added', (e) => {
        const extra = addedCapabilities(e.container).filter((c) => !ALLOWED.has(c));
        if (extra.some((c) => DANGEROUS.has(c))) dangerous = true;
        return extra.length > 0 ? `add ${extra.join(', ')}` : undefined;
      });
      return finding && dangerous ? { ...finding, messageId: 'dangerous' } : finding;
    });
  },
});
