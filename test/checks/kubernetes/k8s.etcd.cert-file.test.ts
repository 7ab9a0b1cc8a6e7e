import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { checkTester } from '../../helpers/check-tester.js';

const check = loadYamlCheckFile(resolve(import.meta.dirname, '../../../checks/kubernetes/k8s.etcd.cert-file.yaml'));
const facts = (flags: Record<string, string>) => ({
  'k8s.etcd': { component: 'etcd', flags, instances: [{ pod: { namespace: 'kube-system', name: 'etcd-cp1' }, container: 'etcd', flags }] },
});

it('maps CIS 2.1', () => expect(check.meta.cis).toEqual(['2.1']));

checkTester.run(check, {
  pass: [facts({"cert-file":"/etc/kubernetes/pki/etcd/server.crt","key-file":"/etc/kubernetes/pki/etcd/server.key"})],
  fail: [{ facts: facts({}), messageId: 'failed' }, { facts: facts({"cert-file":"/etc/kubernetes/pki/etcd/server.crt"}), messageId: 'failed' }],
  notApplicable: [{ 'k8s.etcd': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.etcd': { ok: false, reason: 'forbidden: list pods' } }],
});
