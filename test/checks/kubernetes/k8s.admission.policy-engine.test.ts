import check from '../../../checks/kubernetes/k8s.admission.policy-engine.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, liveCluster, manifestCluster, ns } from '../../kit/k8s/builders.js';

const kyverno = (spec: object) => ({ apiVersion: 'kyverno.io/v1', kind: 'ClusterPolicy', metadata: { name: 'require-labels' }, spec });
const validateRule = (extra: object = {}) => ({ name: 'r', match: {}, validate: { message: 'm', pattern: {}, ...extra } });
const constraint = (spec: object) => ({ apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind: 'K8sRequiredLabels', metadata: { name: 'ns-must-have-owner' }, spec });
const facts = (admission: object[], cluster: object = liveCluster, namespaces: object[] = []) => ({ 'k8s.admission': admission, 'k8s.namespaces': namespaces, 'k8s.cluster': cluster });

checkTester.run(check, {
  pass: [
    facts([kyverno({ validationFailureAction: 'Enforce', rules: [validateRule()] })]),
    { name: 'Kyverno 1.13 per-rule failureAction', facts: facts([kyverno({ rules: [validateRule({ failureAction: 'Enforce' })] })]) },
    { name: 'Gatekeeper constraint defaults to deny', facts: facts([constraint({ match: {} })]) },
    { name: 'ValidatingAdmissionPolicy binding with Deny', facts: facts([{ apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicyBinding', metadata: { name: 'b' }, spec: { policyName: 'p', validationActions: ['Deny'] } }]) },
  ],
  fail: [
    { facts: facts([]), messageId: 'none' },
    { facts: facts([kyverno({ validationFailureAction: 'Audit', rules: [validateRule()] })]), messageId: 'auditOnly' },
    { name: 'Enforce on a mutate-only policy', facts: facts([kyverno({ validationFailureAction: 'Enforce', rules: [{ name: 'm', mutate: {} }] })]), messageId: 'auditOnly' },
    { facts: facts([constraint({ enforcementAction: 'dryrun' })]), messageId: 'auditOnly' },
    { name: 'whole-cluster manifest dump', facts: facts([], manifestCluster, [ns('kube-system')]), messageId: 'none' },
  ],
  notApplicable: [{ name: 'a folder of app manifests cannot show absence', facts: facts([], manifestCluster, [ns('shop')]) }],
  error: [{ 'k8s.admission': forbidden('validatingwebhookconfigurations'), 'k8s.namespaces': [], 'k8s.cluster': liveCluster }],
});
