import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { checkTester } from '../../helpers/check-tester.js';

const check = loadYamlCheckFile(resolve(import.meta.dirname, '../../../checks/kubernetes/k8s.etcd.peer-cert-file.yaml'));
const facts = (flags: Record<string, string>) => ({
  'k8s.etcd': { component: 'etcd', flags, instances: [{ pod: { namespace: 'kube-system', name: 'etcd-cp1' }, container: 'etcd', flags }] },
});

it('maps CIS 2.4', () => expect(check.meta.cis).toEqual(['2.4']));

checkTester.run(check, {
  pass: [facts({"peer-cert-file":"/etc/kubernetes/pki/etcd/peer.crt","peer-key-file":"/etc/kubernetes/pki/etcd/peer.key"})],
  fail: [{ facts: facts({}), messageId: 'failed' }, { facts: facts({"peer-key-file":"/etc/kubernetes/pki/etcd/peer.key"}), messageId: 'failed' }],
  notApplicable: [{ 'k8s.etcd': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.etcd': { ok: false, reason: 'forbidden: list pods' } }],
});
