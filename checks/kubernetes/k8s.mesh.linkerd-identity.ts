import { defineCheck } from '../../src/engine/check.js';
import { linkerdPresent } from '../../src/kit/k8s/cluster.js';
import { locationOf, nameOf, namespaceOf, refOf } from '../../src/kit/k8s/objects.js';

export default defineCheck({
  id: 'k8s.mesh.linkerd-identity',
  title: 'Linkerd issues workload identities (linkerd-identity runs)',
  rationale: 'Linkerd mTLS rests on the identity controller that signs each proxy certificate; without it meshed pods cannot authenticate each other.',
  severity: 'high',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.mesh', 'k8s.namespaces', 'k8s.workloads'],
  references: ['NIST SP 800-207 tenet 2', 'NIST SP 800-207A', 'CISA ZTMM v2.0 Networks: Traffic Encryption'],
  remediation: 'Install the Linkerd control plane with its identity component (linkerd install / the linkerd-control-plane chart) and a trust anchor you rotate.',
  messages: { missing: 'Linkerd is in use but no linkerd-identity Deployment was found' },
  evaluate({ 'k8s.mesh': mesh, 'k8s.namespaces': namespaces, 'k8s.workloads': workloads }, ctx) {
    if (!linkerdPresent(mesh, namespaces)) return ctx.notApplicable('no Linkerd service mesh');
    const identity = workloads.find((w) => w.kind === 'Deployment' && nameOf(w) === 'linkerd-identity' && namespaceOf(w) !== undefined);
    if (!identity) return ctx.fail('missing');
    const loc = locationOf(identity);
    return ctx.pass(undefined, undefined, { resource: refOf(identity), ...(loc ? { location: loc } : {}) });
  },
});
