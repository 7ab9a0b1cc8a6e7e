import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.etcd.unique-ca.js';
import { checkTester } from '../../helpers/check-tester.js';

const PKI = '/etc/kubernetes/pki';
const facts = (etcd: Record<string, string>, apiserver: Record<string, string> = { 'client-ca-file': `${PKI}/ca.crt` }) => ({
  'k8s.etcd': { component: 'etcd', flags: etcd, instances: [] },
  'k8s.apiserver': { component: 'apiserver', flags: apiserver, instances: [] },
});

it('maps CIS 2.7', () => expect(check.meta.cis).toEqual(['2.7']));

checkTester.run(check, {
  pass: [facts({ 'trusted-ca-file': `${PKI}/etcd/ca.crt` }), facts({ 'trusted-ca-file': `${PKI}/etcd/ca.crt` }, {})],
  fail: [
    { facts: facts({}), messageId: 'unset' },
    { facts: facts({ 'trusted-ca-file': `${PKI}/ca.crt` }), messageId: 'shared' },
  ],
  notApplicable: [
    {
      'k8s.etcd': { ok: false, notApplicable: true, reason: 'etcd: no static pod visible in kube-system (runs outside the cluster?)' },
      'k8s.apiserver': { component: 'apiserver', flags: {}, instances: [] },
    },
  ],
  error: [{ 'k8s.etcd': { ok: false, reason: 'forbidden: list pods' }, 'k8s.apiserver': { ok: false, reason: 'forbidden: list pods' } }],
});
