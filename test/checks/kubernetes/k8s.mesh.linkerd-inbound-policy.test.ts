import check from '../../../checks/kubernetes/k8s.mesh.linkerd-inbound-policy.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, ns } from '../../kit/k8s/builders.js';

const meshed = (policy?: string) =>
  ns('shop', {}, { 'linkerd.io/inject': 'enabled', ...(policy ? { 'config.linkerd.io/default-inbound-policy': policy } : {}) });
checkTester.run(check, {
  pass: [{ 'k8s.mesh': [], 'k8s.namespaces': [ns('linkerd'), meshed('all-authenticated')] }, { 'k8s.mesh': [], 'k8s.namespaces': [meshed('deny')] }],
  warn: [{ facts: { 'k8s.mesh': [], 'k8s.namespaces': [meshed()] }, messageId: 'inherited' }],
  fail: [{ facts: { 'k8s.mesh': [], 'k8s.namespaces': [meshed('all-unauthenticated')] }, messageId: 'unauthenticated' }],
  notApplicable: [{ 'k8s.mesh': [], 'k8s.namespaces': [ns('shop')] }, { name: 'Linkerd installed, nothing meshed', facts: { 'k8s.mesh': [], 'k8s.namespaces': [ns('linkerd')] } }],
  error: [{ 'k8s.mesh': forbidden('servers'), 'k8s.namespaces': [] }],
});
