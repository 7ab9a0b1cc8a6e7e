import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { checkTester } from '../../helpers/check-tester.js';

const check = loadYamlCheckFile(resolve(import.meta.dirname, '../../../checks/kubernetes/k8s.controller-manager.rotate-kubelet-server-certificate.yaml'));
const facts = (flags: Record<string, string>) => ({
  'k8s.controller-manager': { component: 'controllerManager', flags, instances: [{ pod: { namespace: 'kube-system', name: 'kube-controller-manager-cp1' }, container: 'controller-manager', flags }] },
});

it('maps CIS 1.3.6', () => expect(check.meta.cis).toEqual(['1.3.6']));

checkTester.run(check, {
  pass: [facts({}), facts({"feature-gates":"RotateKubeletServerCertificate=true"})],
  fail: [{ facts: facts({"feature-gates":"Foo=true,RotateKubeletServerCertificate=false"}), messageId: 'failed' }],
  notApplicable: [{ 'k8s.controller-manager': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.controller-manager': { ok: false, reason: 'forbidden: list pods' } }],
});
