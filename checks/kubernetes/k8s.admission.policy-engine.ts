import type { K8sObject } from '../../src/kit/k8s/facts.js';
import { defineCheck } from '../../src/engine/check.js';
import { wholeClusterUnknown } from '../../src/kit/k8s/cluster.js';
import { apiGroupOf, asArray, asRecord, nameOf, namespaceOf } from '../../src/kit/k8s/objects.js';

const enforce = (v: unknown): boolean => typeof v === 'string' && v.toLowerCase() === 'enforce';

/** Kyverno: spec.validationFailureAction (default Audit), or per rule validate.failureAction (1.13+). */
function kyvernoEnforces(p: K8sObject): boolean {
  const spec = asRecord(p.spec);
  const rules = asArray<unknown>(spec.rules).map((r) => asRecord(asRecord(r).validate));
  const validating = rules.filter((v) => Object.keys(v).length > 0);
  if (validating.some((v) => enforce(v.failureAction))) return true;
  return enforce(spec.validationFailureAction) && validating.some((v) => v.failureAction === undefined);
}

/** Gatekeeper constraints deny unless enforcementAction says dryrun or warn. */
const gatekeeperEnforces = (c: K8sObject): boolean => {
  const action = asRecord(c.spec).enforcementAction;
  return action === undefined || action === 'deny';
};

const vapEnforces = (b: K8sObject): boolean => asArray<unknown>(asRecord(b.spec).validationActions).includes('Deny');

export default defineCheck({
  id: 'k8s.admission.policy-engine',
  title: 'An admission policy engine enforces policy',
  rationale: 'Kyverno, Gatekeeper or ValidatingAdmissionPolicy rejects non-compliant objects before they run; in audit mode it only reports them.',
  severity: 'high',
  pillar: 'governance',
  function: 'Policy Enforcement',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.admission', 'k8s.namespaces', 'k8s.cluster'],
  cis: ['5.2.1'],
  references: ['CIS Kubernetes Benchmark v1.12 5.2.1', 'NSA/CISA Kubernetes Hardening Guide v1.2: Pod security enforcement', 'NIST SP 800-207 tenet 7', 'CISA ZTMM v2.0 Cross-cutting: Governance'],
  remediation: 'Install Kyverno or Gatekeeper (or use ValidatingAdmissionPolicy) and switch the policies to validationFailureAction: Enforce / enforcementAction: deny / validationActions: [Deny].',
  messages: {
    enforcing: '{{count}} enforcing policies ({{engines}})',
    auditOnly: '{{engines}} installed, but no policy enforces (audit or warn only)',
    none: 'no admission policy engine found',
  },
  evaluate({ 'k8s.admission': admission, 'k8s.namespaces': namespaces, 'k8s.cluster': cluster }, ctx) {
    const enforcing: string[] = [];
    const engines = new Set<string>();
    for (const o of admission) {
      const group = apiGroupOf(o);
      const id = `${o.kind} ${namespaceOf(o) ? `${namespaceOf(o)}/` : ''}${nameOf(o)}`;
      if (group === 'kyverno.io' && (o.kind === 'ClusterPolicy' || o.kind === 'Policy')) {
        engines.add('Kyverno');
        if (kyvernoEnforces(o)) enforcing.push(id);
      } else if (group === 'constraints.gatekeeper.sh') {
        engines.add('Gatekeeper');
        if (gatekeeperEnforces(o)) enforcing.push(id);
      } else if (group === 'templates.gatekeeper.sh') {
        engines.add('Gatekeeper');
      } else if (o.kind === 'ValidatingAdmissionPolicyBinding') {
        engines.add('ValidatingAdmissionPolicy');
        if (vapEnforces(o)) enforcing.push(id);
      } else if (o.kind === 'ValidatingWebhookConfiguration' && /kyverno|gatekeeper/.test(nameOf(o))) {
        engines.add(nameOf(o).includes('kyverno') ? 'Kyverno' : 'Gatekeeper');
      }
    }
    const names = [...engines].sort().join(', ');
    if (enforcing.length > 0) return ctx.pass('enforcing', { count: enforcing.length, engines: names }, { evidence: enforcing.slice(0, 20).join('; ') });
    if (engines.size > 0) return ctx.fail('auditOnly', { engines: names });
    const unknown = wholeClusterUnknown(cluster, namespaces);
    return unknown ? ctx.notApplicable(unknown) : ctx.fail('none');
  },
});
