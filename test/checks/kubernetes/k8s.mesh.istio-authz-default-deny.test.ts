import check from '../../../checks/kubernetes/k8s.mesh.istio-authz-default-deny.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, ns } from '../../kit/k8s/builders.js';

const ap = (name: string, namespace: string, spec: object) => ({ apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name, namespace }, spec });
const meshed = ns('shop', { 'istio.io/rev': 'stable' });
checkTester.run(check, {
  pass: [
    { 'k8s.mesh': [ap('allow-nothing', 'istio-system', {})], 'k8s.namespaces': [ns('istio-system'), meshed] },
    { name: 'per namespace', facts: { 'k8s.mesh': [ap('deny-all', 'shop', { action: 'ALLOW' })], 'k8s.namespaces': [meshed] } },
  ],
  fail: [
    { facts: { 'k8s.mesh': [ap('allow-web', 'shop', { rules: [{ from: [{ source: { namespaces: ['shop'] } }] }] })], 'k8s.namespaces': [meshed] }, messageId: 'namespaceOpen' },
    { name: 'a DENY policy is not default deny', facts: { 'k8s.mesh': [ap('deny-some', 'shop', { action: 'DENY', rules: [{}] })], 'k8s.namespaces': [meshed] }, messageId: 'namespaceOpen' },
    { facts: { 'k8s.mesh': [], 'k8s.namespaces': [ns('istio-system')] }, messageId: 'noMeshWide' },
  ],
  notApplicable: [{ 'k8s.mesh': [], 'k8s.namespaces': [ns('shop')] }],
  error: [{ 'k8s.mesh': forbidden('authorizationpolicies'), 'k8s.namespaces': [] }],
});
