import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { asArray, asRecord } from '../../src/kit/k8s/objects.js';
import type { ContainerPort } from '../../src/kit/k8s/types.js';

export default defineCheck({
  id: 'k8s.workload.host-port',
  title: 'Containers do not bind host ports',
  rationale: 'A hostPort exposes the container on the node address, outside Services and often outside NetworkPolicy.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Access',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.2.12'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.12', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'CISA ZTMM v2.0 Applications and Workloads: Application Access'],
  remediation: 'Remove hostPort and expose the container through a Service (ClusterIP, or a LoadBalancer/Ingress when it must be reachable from outside).',
  messages: { hostPort: 'host ports in: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.host-port', pods, workloads, ctx, (t) =>
      containerFinding(t, 'hostPort', (e) => {
        const ports = asArray<ContainerPort>(e.container.ports).map((p) => asRecord(p).hostPort).filter((p): p is number => typeof p === 'number' && p > 0);
        return ports.length > 0 ? `hostPort ${ports.join(', ')}` : undefined;
      }));
  },
});
