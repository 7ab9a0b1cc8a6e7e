import check from '../../../checks/kubernetes/k8s.mesh.istio-mtls-strict.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, ns } from '../../kit/k8s/builders.js';

const pa = (name: string, namespace: string, spec: object) => ({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name, namespace }, spec });
const meshed = ns('shop', { 'istio-injection': 'enabled' });
checkTester.run(check, {
  pass: [
    { 'k8s.mesh': [pa('default', 'istio-system', { mtls: { mode: 'STRICT' } })], 'k8s.namespaces': [ns('istio-system'), meshed] },
    { name: 'per namespace', facts: { 'k8s.mesh': [pa('default', 'shop', { mtls: { mode: 'STRICT' } })], 'k8s.namespaces': [ns('istio-system'), meshed] } },
  ],
  fail: [
    { facts: { 'k8s.mesh': [pa('default', 'istio-system', { mtls: { mode: 'PERMISSIVE' } })], 'k8s.namespaces': [ns('istio-system')] }, messageId: 'weak' },
    { name: 'strict mesh-wide but one port disabled', facts: { 'k8s.mesh': [pa('default', 'istio-system', { mtls: { mode: 'STRICT' } }), pa('legacy', 'shop', { selector: { matchLabels: { app: 'old' } }, portLevelMtls: { '8080': { mode: 'DISABLE' } } })], 'k8s.namespaces': [ns('istio-system')] }, messageId: 'weak', count: 1 },
    { name: 'meshed namespace without STRICT', facts: { 'k8s.mesh': [], 'k8s.namespaces': [ns('istio-system'), meshed] }, messageId: 'namespaceNotStrict' },
    { name: 'selector-scoped STRICT is not namespace-wide', facts: { 'k8s.mesh': [pa('web', 'shop', { selector: { matchLabels: { app: 'web' } }, mtls: { mode: 'STRICT' } })], 'k8s.namespaces': [meshed] }, messageId: 'namespaceNotStrict' },
    { name: 'Istio installed, nothing meshed, nothing strict', facts: { 'k8s.mesh': [], 'k8s.namespaces': [ns('istio-system')] }, messageId: 'noMeshWide' },
  ],
  notApplicable: [{ 'k8s.mesh': [], 'k8s.namespaces': [ns('shop')] }],
  error: [{ 'k8s.mesh': forbidden('peerauthentications'), 'k8s.namespaces': [] }],
});
