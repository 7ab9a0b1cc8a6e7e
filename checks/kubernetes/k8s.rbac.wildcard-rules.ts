import { defineCheck } from '../../src/engine/check.js';
import { judgeObjects } from '../../src/kit/k8s/judge.js';
import { asArray } from '../../src/kit/k8s/objects.js';
import { rulesOf } from '../../src/kit/k8s/rbac.js';

export default defineCheck({
  id: 'k8s.rbac.wildcard-rules',
  title: 'Roles do not use wildcard verbs or resources',
  rationale: 'A wildcard grants every present and future verb or resource, including ones added later by CRDs.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.roles', 'k8s.clusterroles'],
  cis: ['5.1.3'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.3', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-207 tenet 3', 'CISA ZTMM v2.0 Identity: Access Management'],
  remediation: 'List the verbs and resources the subject needs instead of "*".',
  messages: { wildcard: 'rule {{rules}} uses a wildcard ({{fields}})' },
  evaluate({ 'k8s.roles': roles, 'k8s.clusterroles': clusterRoles }, ctx) {
    return judgeObjects('k8s.rbac.wildcard-rules', [...clusterRoles, ...roles], ctx, (role) => {
      const rules: string[] = [];
      const fields = new Set<string>();
      rulesOf(role).forEach((r, i) => {
        const wild = (['verbs', 'resources'] as const).filter((f) => asArray<unknown>(r[f]).includes('*'));
        if (wild.length > 0) {
          rules.push(`#${i + 1}`);
          wild.forEach((f) => fields.add(f));
        }
      });
      if (rules.length === 0) return undefined;
      return { messageId: 'wildcard', data: { rules: rules.join(', '), fields: [...fields].join(', ') }, evidence: `rules ${rules.join(', ')}: ${[...fields].join(', ')} = *` };
    }, 'no Roles or ClusterRoles');
  },
});
