import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.apiserver.flags-consistent.js';
import { SECURITY_FLAGS } from '../../../src/kit/k8s/flag-drift.js';
import { checkTester, runCheck } from '../../helpers/check-tester.js';

const FLAG = SECURITY_FLAGS.apiserver[0]!;
const inst = (node: string, flags: Record<string, string>) => ({ pod: { namespace: 'kube-system', name: `kube-apiserver-${node}` }, node, container: 'kube-apiserver', flags });
const facts = (...instances: ReturnType<typeof inst>[]) => ({ 'k8s.apiserver': { component: 'apiserver', flags: instances[0]!.flags, instances } });

it('names the flag and each node value', () => {
  const [r] = runCheck(check, facts(inst('cp-1', { [FLAG]: 'a', 'unrelated-per-node': '1' }), inst('cp-2', { 'unrelated-per-node': '2' })));
  expect(r).toMatchObject({ status: 'fail', message: `kube-apiserver instances differ: ${FLAG}: cp-1=a, cp-2=(unset)` });
});

checkTester.run(check, {
  pass: [facts(inst('cp-1', { [FLAG]: 'a', 'advertise-address': '10.0.0.1' }), inst('cp-2', { [FLAG]: 'a', 'advertise-address': '10.0.0.2' }))],
  fail: [{ facts: facts(inst('cp-1', { [FLAG]: 'a' }), inst('cp-2', { [FLAG]: 'a' }), inst('cp-3', { [FLAG]: 'b' })), messageId: 'drift' }],
  notApplicable: [facts(inst('cp-1', { [FLAG]: 'a' })), { 'k8s.apiserver': { ok: false, notApplicable: true, reason: 'managed control plane: no static control-plane pods visible' } }],
  error: [{ 'k8s.apiserver': { ok: false, reason: 'forbidden: list pods' } }],
});
