import check from '../../../checks/kubernetes/k8s.psa.enforce-label.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, ns } from '../../kit/k8s/builders.js';

const enforce = (level: string) => ({ 'pod-security.kubernetes.io/enforce': level });
checkTester.run(check, {
  pass: [{ 'k8s.namespaces': [ns('shop', enforce('restricted')), ns('legacy', enforce('baseline'))] }],
  fail: [
    { facts: { 'k8s.namespaces': [ns('shop')] }, messageId: 'missing' },
    { facts: { 'k8s.namespaces': [ns('shop', enforce('privileged'))] }, messageId: 'privileged' },
    { facts: { 'k8s.namespaces': [ns('shop', enforce('Restricted'))] }, messageId: 'invalid' },
    { name: 'audit/warn labels alone do not enforce', facts: { 'k8s.namespaces': [ns('shop', { 'pod-security.kubernetes.io/warn': 'restricted' })] }, messageId: 'missing' },
  ],
  notApplicable: [{ 'k8s.namespaces': [] }, { 'k8s.namespaces': [ns('kube-system', enforce('privileged')), ns('kube-public')] }],
  error: [{ 'k8s.namespaces': forbidden('namespaces') }],
});
