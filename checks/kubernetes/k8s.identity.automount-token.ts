import { defineCheck } from '../../src/engine/check.js';
import { judgeTemplates } from '../../src/kit/k8s/judge.js';
import { nameOf, namespaceOf } from '../../src/kit/k8s/objects.js';
import { serviceAccountOf } from '../../src/kit/k8s/pod-specs.js';
import { subjectsOf } from '../../src/kit/k8s/rbac.js';

export default defineCheck({
  id: 'k8s.identity.automount-token',
  title: 'Pods mount an API token only when their service account has permissions',
  rationale: 'A mounted token is a credential an intruder in the container can replay against the API server; a service account bound to no role has no use for one.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads', 'k8s.serviceaccounts', 'k8s.rolebindings', 'k8s.clusterrolebindings'],
  cis: ['5.1.6'],
  references: ['CIS Kubernetes Benchmark v1.12 5.1.6', 'NSA/CISA Kubernetes Hardening Guide v1.2: Authentication and authorization', 'NIST SP 800-190 4.1.2', 'CISA ZTMM v2.0 Identity: Authentication'],
  remediation: 'Set automountServiceAccountToken: false in the pod spec or on the ServiceAccount; mount a projected token only in pods that call the API.',
  messages: {
    mounted: 'mounts a token of service account {{sa}}, which is bound to no role',
    // A pods-only dump (kubectl get pods -A) carries no bindings: say what was seen, not "bound to no role".
    mountedNoRbac: 'mounts a token of service account {{sa}}; the input holds no RoleBinding or ClusterRoleBinding showing it needs one',
  },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads, 'k8s.serviceaccounts': sas, 'k8s.rolebindings': rb, 'k8s.clusterrolebindings': crb }, ctx) {
    const saAutomount = new Map<string, unknown>();
    for (const sa of sas) saAutomount.set(`${namespaceOf(sa) ?? ''}/${nameOf(sa)}`, sa.automountServiceAccountToken);
    const bound = new Set<string>();
    for (const b of [...rb, ...crb]) {
      for (const s of subjectsOf(b)) {
        if (s.kind === 'ServiceAccount') bound.add(`${s.namespace ?? namespaceOf(b) ?? ''}/${s.name ?? ''}`);
      }
    }
    const messageId = rb.length + crb.length === 0 ? 'mountedNoRbac' : 'mounted';
    return judgeTemplates('k8s.identity.automount-token', pods, workloads, ctx, (t) => {
      const sa = serviceAccountOf(t.spec);
      const key = `${t.ref.namespace ?? ''}/${sa}`;
      // The pod's own setting wins over the service account's; unset on both means mounted.
      const podSetting = t.spec.automountServiceAccountToken;
      const mounted = typeof podSetting === 'boolean' ? podSetting : saAutomount.get(key) !== false;
      if (!mounted || bound.has(key)) return undefined;
      return { messageId, data: { sa }, evidence: `automountServiceAccountToken: pod ${String(podSetting ?? 'unset')}, ServiceAccount ${String(saAutomount.get(key) ?? 'unset')}` };
    });
  },
});
