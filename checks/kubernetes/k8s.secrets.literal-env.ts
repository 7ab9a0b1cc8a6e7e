import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { asArray, asRecord } from '../../src/kit/k8s/objects.js';
import { MASK, secretLooking } from '../../src/kit/k8s/secret-patterns.js';
import type { EnvVar } from '../../src/kit/k8s/types.js';

export default defineCheck({
  id: 'k8s.secrets.literal-env',
  title: 'No credentials are written literally into pod environment variables',
  rationale: 'A literal value lives in the manifest, in Git, in every `kubectl get -o yaml` and in the last-applied annotation, readable by anyone who can read the workload.',
  severity: 'high',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Secrets', 'NIST SP 800-190 4.1.4', 'CISA ZTMM v2.0 Data: Data Protection'],
  remediation: 'Move the value into a Secret (or an external secret store) and reference it; then rotate the credential, since it was exposed.',
  messages: { literal: 'literal credentials in environment of: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.secrets.literal-env', pods, workloads, ctx, (t) =>
      containerFinding(t, 'literal', (e) => {
        const hits: string[] = [];
        for (const raw of asArray<EnvVar>(e.container.env)) {
          const env = asRecord(raw) as EnvVar;
          if (typeof env.name !== 'string' || typeof env.value !== 'string') continue;
          const why = secretLooking(env.name, env.value);
          // The value itself is never part of a result: name, mask and the reason only.
          if (why) hits.push(`${env.name}=${MASK} (${why})`);
        }
        return hits.length > 0 ? hits.join(', ') : undefined;
      }));
  },
});
