import type { K8sObject } from '../../src/kit/k8s/facts.js';
import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { ISTIO_ROOT_NAMESPACE, hasWorkloadSelector, istioMeshedNamespace, istioPresent } from '../../src/kit/k8s/cluster.js';
import { asRecord, locationOf, nameOf, namespaceOf, refOf } from '../../src/kit/k8s/objects.js';

const modeOf = (v: unknown): string => (typeof asRecord(v).mode === 'string' ? String(asRecord(v).mode) : 'UNSET');

/** The weak modes a PeerAuthentication sets, at workload or port level. */
function weakModes(pa: K8sObject): string[] {
  const spec = asRecord(pa.spec);
  const modes = [modeOf(spec.mtls), ...Object.values(asRecord(spec.portLevelMtls)).map(modeOf)];
  return [...new Set(modes.filter((m) => m === 'PERMISSIVE' || m === 'DISABLE'))];
}

const namespaceWideStrict = (pa: K8sObject): boolean => {
  const spec = asRecord(pa.spec);
  return !hasWorkloadSelector(spec) && modeOf(spec.mtls) === 'STRICT' && weakModes(pa).length === 0;
};

export default defineCheck({
  id: 'k8s.mesh.istio-mtls-strict',
  title: 'Istio requires mutual TLS (PeerAuthentication STRICT)',
  rationale: 'In PERMISSIVE mode (the Istio default) sidecars still accept plaintext, so any pod can talk to a service unauthenticated and unencrypted.',
  severity: 'high',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.mesh', 'k8s.namespaces'],
  references: ['NIST SP 800-207 tenet 2', 'NIST SP 800-207A', 'NSA/CISA Kubernetes Hardening Guide v1.2: Network separation and hardening', 'CISA ZTMM v2.0 Networks: Traffic Encryption'],
  remediation: 'Apply a PeerAuthentication named default in istio-system with spec.mtls.mode: STRICT, and remove PERMISSIVE/DISABLE overrides.',
  messages: {
    weak: 'sets mTLS {{modes}}',
    namespaceNotStrict: 'meshed namespace has no namespace-wide STRICT PeerAuthentication and none is mesh-wide',
    noMeshWide: 'no mesh-wide STRICT PeerAuthentication in ' + ISTIO_ROOT_NAMESPACE,
  },
  evaluate({ 'k8s.mesh': mesh, 'k8s.namespaces': namespaces }, ctx) {
    if (!istioPresent(mesh, namespaces)) return ctx.notApplicable('no Istio service mesh');
    const pas = mesh.filter((o) => o.kind === 'PeerAuthentication');
    const out: CheckOutcome[] = [];
    for (const pa of pas) {
      const weak = weakModes(pa);
      const loc = locationOf(pa);
      if (weak.length > 0) out.push(ctx.fail('weak', { modes: weak.join(', ') }, { resource: refOf(pa), ...(loc ? { location: loc } : {}) }));
    }
    const meshWide = pas.find((pa) => namespaceOf(pa) === ISTIO_ROOT_NAMESPACE && namespaceWideStrict(pa));
    if (meshWide) {
      const loc = locationOf(meshWide);
      out.push(ctx.pass(undefined, undefined, { resource: refOf(meshWide), ...(loc ? { location: loc } : {}) }));
      return out;
    }
    const strictNamespaces = new Set(pas.filter(namespaceWideStrict).map((pa) => namespaceOf(pa)));
    const meshed = namespaces.filter(istioMeshedNamespace);
    for (const ns of meshed) {
      const opts = { resource: refOf(ns), ...(locationOf(ns) ? { location: locationOf(ns)! } : {}) };
      out.push(strictNamespaces.has(nameOf(ns)) ? ctx.pass(undefined, undefined, opts) : ctx.fail('namespaceNotStrict', undefined, opts));
    }
    if (meshed.length === 0) out.push(ctx.fail('noMeshWide'));
    return out;
  },
});
