import { defineCheck } from '../../src/engine/check.js';
import { linkerdMeshedNamespace, linkerdPresent } from '../../src/kit/k8s/cluster.js';
import { judgeObjects } from '../../src/kit/k8s/judge.js';
import { annotationOf } from '../../src/kit/k8s/objects.js';

const POLICY = 'config.linkerd.io/default-inbound-policy';
const AUTHENTICATED = new Set(['all-authenticated', 'cluster-authenticated', 'deny']);

export default defineCheck({
  id: 'k8s.mesh.linkerd-inbound-policy',
  title: 'Linkerd-meshed namespaces admit only authenticated traffic by default',
  rationale: "Linkerd's default inbound policy is all-unauthenticated: mTLS is used when both sides are meshed, but plaintext callers are still let in.",
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.mesh', 'k8s.namespaces'],
  references: ['NIST SP 800-207 tenet 2', 'NIST SP 800-207A', 'CISA ZTMM v2.0 Networks: Network Segmentation'],
  remediation: 'Annotate the namespace config.linkerd.io/default-inbound-policy: all-authenticated (or deny, with Server/AuthorizationPolicy allows), then restart its pods.',
  messages: {
    unauthenticated: 'default inbound policy is {{policy}}',
    inherited: 'no default-inbound-policy annotation: inherits the install default (all-unauthenticated unless changed at install)',
  },
  evaluate({ 'k8s.mesh': mesh, 'k8s.namespaces': namespaces }, ctx) {
    if (!linkerdPresent(mesh, namespaces)) return ctx.notApplicable('no Linkerd service mesh');
    return judgeObjects('k8s.mesh.linkerd-inbound-policy', namespaces.filter(linkerdMeshedNamespace), ctx, (ns) => {
      const policy = annotationOf(ns, POLICY);
      if (policy === undefined) return { messageId: 'inherited', warn: true };
      return AUTHENTICATED.has(policy) ? undefined : { messageId: 'unauthenticated', data: { policy }, evidence: `${POLICY}=${policy}` };
    }, 'no namespace annotated linkerd.io/inject: enabled');
  },
});
