import type { K8sObject } from '../../src/kit/k8s/facts.js';
import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { ISTIO_ROOT_NAMESPACE, hasWorkloadSelector, isIstioObject, istioMeshedNamespace, istioPresent } from '../../src/kit/k8s/cluster.js';
import { asArray, asRecord, locationOf, nameOf, namespaceOf, refOf } from '../../src/kit/k8s/objects.js';

/** An ALLOW policy with no rules matches nothing: with it in place, only explicit allows pass. */
function allowNothing(p: K8sObject): boolean {
  const spec = asRecord(p.spec);
  const action = spec.action ?? 'ALLOW';
  return isIstioObject(p) && action === 'ALLOW' && !hasWorkloadSelector(spec) && asArray(spec.rules).length === 0 && spec.provider === undefined;
}

export default defineCheck({
  id: 'k8s.mesh.istio-authz-default-deny',
  title: 'Istio denies requests no AuthorizationPolicy allows',
  rationale: 'Without an allow-nothing AuthorizationPolicy, any authenticated workload in the mesh may call any service: identity without authorization.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.mesh', 'k8s.namespaces'],
  references: ['NIST SP 800-207 tenet 3', 'NIST SP 800-207A', 'NSA/CISA Kubernetes Hardening Guide v1.2: Network separation and hardening', 'CISA ZTMM v2.0 Networks: Network Segmentation'],
  remediation: 'Apply an AuthorizationPolicy with an empty spec (spec: {}) in istio-system (mesh-wide) or in each namespace, then allow each caller explicitly.',
  messages: {
    namespaceOpen: 'meshed namespace has no allow-nothing AuthorizationPolicy and none is mesh-wide',
    noMeshWide: 'no allow-nothing AuthorizationPolicy mesh-wide (' + ISTIO_ROOT_NAMESPACE + ') or in any meshed namespace',
  },
  evaluate({ 'k8s.mesh': mesh, 'k8s.namespaces': namespaces }, ctx) {
    if (!istioPresent(mesh, namespaces)) return ctx.notApplicable('no Istio service mesh');
    const denyAll = mesh.filter((o) => o.kind === 'AuthorizationPolicy' && allowNothing(o));
    const meshWide = denyAll.find((p) => namespaceOf(p) === ISTIO_ROOT_NAMESPACE);
    if (meshWide) {
      const loc = locationOf(meshWide);
      return ctx.pass(undefined, undefined, { resource: refOf(meshWide), ...(loc ? { location: loc } : {}) });
    }
    const covered = new Set(denyAll.map((p) => namespaceOf(p)));
    const out: CheckOutcome[] = [];
    for (const ns of namespaces.filter(istioMeshedNamespace)) {
      const loc = locationOf(ns);
      const opts = { resource: refOf(ns), ...(loc ? { location: loc } : {}) };
      out.push(covered.has(nameOf(ns)) ? ctx.pass(undefined, undefined, opts) : ctx.fail('namespaceOpen', undefined, opts));
    }
    return out.length > 0 ? out : ctx.fail('noMeshWide');
  },
});
