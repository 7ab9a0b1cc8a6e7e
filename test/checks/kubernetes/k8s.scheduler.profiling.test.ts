import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { checkTester } from '../../helpers/check-tester.js';

const check = loadYamlCheckFile(resolve(import.meta.dirname, '../../../checks/kubernetes/k8s.scheduler.profiling.yaml'));
const facts = (flags: Record<string, string>) => ({
  'k8s.scheduler': { component: 'scheduler', flags, instances: [{ pod: { namespace: 'kube-system', name: 'kube-scheduler-cp1' }, container: 'scheduler', flags }] },
});

it('maps CIS 1.4.1', () => expect(check.meta.cis).toEqual(['1.4.1']));

checkTester.run(check, {
  pass: [facts({"profiling":"false"})],
  fail: [{ facts: facts({}), messageId: 'failed' }, { facts: facts({"profiling":"true"}), messageId: 'failed' }],
  notApplicable: [{ 'k8s.scheduler': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.scheduler': { ok: false, reason: 'forbidden: list pods' } }],
});
