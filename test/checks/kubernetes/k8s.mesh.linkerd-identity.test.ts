import check from '../../../checks/kubernetes/k8s.mesh.linkerd-identity.js';
import { checkTester } from '../../helpers/check-tester.js';
import { deployment, forbidden, goodSpec, ns } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [{ 'k8s.mesh': [], 'k8s.namespaces': [ns('linkerd')], 'k8s.workloads': [deployment('linkerd-identity', 'linkerd', goodSpec())] }],
  fail: [{ facts: { 'k8s.mesh': [], 'k8s.namespaces': [ns('shop', {}, { 'linkerd.io/inject': 'enabled' })], 'k8s.workloads': [] }, messageId: 'missing' }],
  notApplicable: [{ 'k8s.mesh': [], 'k8s.namespaces': [ns('shop')], 'k8s.workloads': [] }],
  error: [{ 'k8s.mesh': [], 'k8s.namespaces': [], 'k8s.workloads': forbidden('deployments') }],
});
