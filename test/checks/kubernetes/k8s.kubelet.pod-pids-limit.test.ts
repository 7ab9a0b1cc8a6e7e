import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.kubelet.pod-pids-limit.js';
import { checkTester, runCheck } from '../../helpers/check-tester.js';

const kubelets = (config: Record<string, unknown>, node = 'worker-1') => ({ 'k8s.kubelets': { nodes: [{ node, source: 'configz', config }] } });

it('maps CIS 4.2.13', () => expect(check.meta.cis).toEqual(['4.2.13']));

it('names each failing node and errors on a node whose configz failed', () => {
  const results = runCheck(check, {
    'k8s.kubelets': {
      nodes: [
        { node: 'good', source: 'configz', config: { podPidsLimit: 4096} },
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
  pass: [kubelets({ podPidsLimit: 4096})],
  fail: [{ facts: kubelets({}), messageId: 'unlimited' }, { facts: kubelets({ podPidsLimit: -1}), messageId: 'unlimited' }],
  notApplicable: [{ 'k8s.kubelets': { ok: false, notApplicable: true, reason: 'kubelet configuration not observable from manifests' } }],
  error: [{ 'k8s.kubelets': { ok: false, reason: 'forbidden: get nodes/proxy (kubelet /configz)' } }],
});
