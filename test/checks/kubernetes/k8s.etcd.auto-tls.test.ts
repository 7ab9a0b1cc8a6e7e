import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { checkTester } from '../../helpers/check-tester.js';

const check = loadYamlCheckFile(resolve(import.meta.dirname, '../../../checks/kubernetes/k8s.etcd.auto-tls.yaml'));
const facts = (flags: Record<string, string>) => ({
  'k8s.etcd': { component: 'etcd', flags, instances: [{ pod: { namespace: 'kube-system', name: 'etcd-cp1' }, container: 'etcd', flags }] },
});

it('maps CIS 2.3', () => expect(check.meta.cis).toEqual(['2.3']));

checkTester.run(check, {
  pass: [facts({}), facts({"auto-tls":"false"})],
  fail: [{ facts: facts({"auto-tls":"true"}), messageId: 'failed' }],
  notApplicable: [{ 'k8s.etcd': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.etcd': { ok: false, reason: 'forbidden: list pods' } }],
});
