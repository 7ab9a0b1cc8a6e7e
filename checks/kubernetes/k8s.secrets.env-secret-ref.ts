import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { asArray, asRecord } from '../../src/kit/k8s/objects.js';
import type { EnvFromSource, EnvVar } from '../../src/kit/k8s/types.js';

export default defineCheck({
  id: 'k8s.secrets.env-secret-ref',
  title: 'Secrets reach containers as files rather than environment variables',
  rationale: 'Environment variables leak into crash dumps, child processes, debug endpoints and logs, and cannot be rotated without a restart; mounted Secret files can.',
  severity: 'low',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  cis: ['5.4.1'],
  references: ['CIS Kubernetes Benchmark v1.12 5.4.1', 'NSA/CISA Kubernetes Hardening Guide v1.2: Secrets', 'NIST SP 800-190 4.1.4', 'CISA ZTMM v2.0 Data: Data Protection'],
  remediation: 'Mount the Secret as a read-only volume (or a projected volume) and have the application read the file.',
  messages: { env: 'Secrets exposed as environment variables in: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.secrets.env-secret-ref', pods, workloads, ctx, (t) =>
      containerFinding(t, 'env', (e) => {
        const refs: string[] = [];
        for (const raw of asArray<EnvVar>(e.container.env)) {
          const ref = asRecord(asRecord(asRecord(raw).valueFrom).secretKeyRef);
          if (typeof ref.name === 'string') refs.push(`${String(asRecord(raw).name)} <- secret ${ref.name}`);
        }
        for (const raw of asArray<EnvFromSource>(e.container.envFrom)) {
          const ref = asRecord(asRecord(raw).secretRef);
          if (typeof ref.name === 'string') refs.push(`envFrom secret ${ref.name}`);
        }
        return refs.length > 0 ? refs.join(', ') : undefined;
      }));
  },
});
