import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { checkTester } from '../../helpers/check-tester.js';

const check = loadYamlCheckFile(resolve(import.meta.dirname, '../../../checks/kubernetes/k8s.apiserver.audit-log-maxsize.yaml'));
const facts = (flags: Record<string, string>) => ({
  'k8s.apiserver': { component: 'apiserver', flags, instances: [{ pod: { namespace: 'kube-system', name: 'kube-apiserver-cp1' }, container: 'apiserver', flags }] },
});

it('maps CIS 1.2.19', () => expect(check.meta.cis).toEqual(['1.2.19']));

checkTester.run(check, {
  pass: [facts({"audit-log-maxsize":"100"}), facts({"audit-log-maxsize":"200"})],
  fail: [{ facts: facts({}), messageId: 'failed' }, { facts: facts({"audit-log-maxsize":"10"}), messageId: 'failed' }],
  notApplicable: [{ 'k8s.apiserver': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.apiserver': { ok: false, reason: 'forbidden: list pods' } }],
});
