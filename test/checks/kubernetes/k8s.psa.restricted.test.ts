import check from '../../../checks/kubernetes/k8s.psa.restricted.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, ns } from '../../kit/k8s/builders.js';

const enforce = (level: string) => ({ 'pod-security.kubernetes.io/enforce': level });
checkTester.run(check, {
  pass: [{ 'k8s.namespaces': [ns('shop', enforce('restricted'))] }],
  warn: [{ facts: { 'k8s.namespaces': [ns('shop', enforce('baseline'))] }, messageId: 'baseline' }],
  fail: [{ facts: { 'k8s.namespaces': [ns('shop')] }, messageId: 'weaker' }, { facts: { 'k8s.namespaces': [ns('shop', enforce('privileged'))] }, messageId: 'weaker' }],
  notApplicable: [{ 'k8s.namespaces': [ns('kube-system')] }],
  error: [{ 'k8s.namespaces': forbidden('namespaces') }],
});
