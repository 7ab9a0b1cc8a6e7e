import { defineCheck } from '../../src/engine/check.js';
import { judgeTemplates } from '../../src/kit/k8s/judge.js';
import { asArray, asRecord } from '../../src/kit/k8s/objects.js';
import type { Volume } from '../../src/kit/k8s/types.js';

export default defineCheck({
  id: 'k8s.workload.host-path',
  title: 'Pods do not mount hostPath volumes',
  rationale: 'A hostPath volume reaches the node filesystem: the container runtime socket, kubelet credentials, other pods\' data.',
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.11'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.11', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3', 'CISA ZTMM v2.0 Applications and Workloads: Application Threat Protections'],
  remediation: 'Replace the hostPath volume with an emptyDir, a ConfigMap/Secret or a PersistentVolumeClaim.',
  messages: { hostPath: 'hostPath volumes: {{volumes}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.host-path', pods, workloads, ctx, (t) => {
      const hits = asArray<Volume>(t.spec.volumes)
        .map((v) => asRecord(v) as Volume)
        .filter((v) => v.hostPath !== undefined && v.hostPath !== null)
        .map((v) => `${v.name ?? '?'} (${String(asRecord(v.hostPath).path ?? '?')})`);
      return hits.length === 0 ? undefined : { messageId: 'hostPath', data: { volumes: hits.join(', ') }, evidence: hits.join('; ') };
    });
  },
});
