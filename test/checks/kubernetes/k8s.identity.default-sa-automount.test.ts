import check from '../../../checks/kubernetes/k8s.identity.default-sa-automount.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden } from '../../kit/k8s/builders.js';

const sa = (name: string, namespace: string, automount?: boolean) => ({
  apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace }, ...(automount === undefined ? {} : { automountServiceAccountToken: automount }),
});
checkTester.run(check, {
  pass: [{ 'k8s.serviceaccounts': [sa('default', 'shop', false), sa('app', 'shop')] }],
  fail: [
    { facts: { 'k8s.serviceaccounts': [sa('default', 'shop')] }, messageId: 'automount' },
    { facts: { 'k8s.serviceaccounts': [sa('default', 'shop', true), sa('default', 'ci', false)] }, messageId: 'automount', count: 1 },
  ],
  notApplicable: [
    { 'k8s.serviceaccounts': [sa('app', 'shop')] },
    { name: 'kube-system default is allowlisted', facts: { 'k8s.serviceaccounts': [sa('default', 'kube-system')] } },
  ],
  error: [{ 'k8s.serviceaccounts': forbidden('serviceaccounts') }],
});
