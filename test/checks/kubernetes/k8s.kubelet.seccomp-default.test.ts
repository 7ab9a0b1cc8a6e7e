import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.kubelet.seccomp-default.js';
import { checkTester, runCheck } from '../../helpers/check-tester.js';

const kubelets = (config: Record<string, unknown>, node = 'worker-1') => ({ 'k8s.kubelets': { nodes: [{ node, source: 'configz', config }] } });

it('maps CIS 4.2.14', () => expect(check.meta.cis).toEqual(['4.2.14']));

it('names each failing node and errors on a node whose configz failed', () => {
  const results = runCheck(check, {
    'k8s.kubelets': {
      nodes: [
        { node: 'good', source: 'configz', config: { seccompDefault: true } },
        { node: 'bad', source: 'configz', config: {} },
        { node: 'down', source: 'configz', reason: 'kubelet configz on node down: HTTP 503' },
      ],
    },
  });
  expect(results.map((r) => [r.resource?.name, r.status])).toEqual([['good', 'pass'], ['bad', 'fail'], ['down', 'error']]);
  expect(results[1]!.message).toMatch(/^kubelet on bad /);
  expect(results[1]!.message).not.toContain('{{');
});

checkTester.run(check, {
  pass: [kubelets({ seccompDefault: true })],
  fail: [{ facts: kubelets({}), messageId: 'off' }, { facts: kubelets({ seccompDefault: false }), messageId: 'off' }],
  notApplicable: [{ 'k8s.kubelets': { ok: false, notApplicable: true, reason: 'kubelet configuration not observable from manifests' } }],
  error: [{ 'k8s.kubelets': { ok: false, reason: 'forbidden: get nodes/proxy (kubelet /configz)' } }],
});
