import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.workload.privileged.js';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { daemonSet, deployment, forbidden, goodContainer, goodSpec, pod, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withContainer({}), withContainer({ securityContext: { privileged: false } })],
  fail: [
    { facts: withContainer({ securityContext: { privileged: true } }), messageId: 'privileged' },
    { name: 'an init container', facts: workloadFacts(deployment('web', 'shop', goodSpec({ initContainers: [goodContainer('init', { securityContext: { privileged: true } })] }))), messageId: 'privileged' },
  ],
  notApplicable: [
    workloadFacts(),
    { name: 'CNI agent allowlisted', facts: workloadFacts(daemonSet('calico-node', 'kube-system', goodSpec({ containers: [goodContainer('calico-node', { securityContext: { privileged: true } })] }))) },
  ],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});

it('reports a workload once, not once per replica pod, named without the pod-template hash', () => {
  const bad = goodSpec({ containers: [goodContainer('app', { securityContext: { privileged: true } })] });
  const rsOwned = (name: string) => pod(name, 'shop', bad, { labels: { 'pod-template-hash': '7d9f8c' }, ownerReferences: [{ kind: 'ReplicaSet', name: 'web-7d9f8c', controller: true }] });
  // Live dump without the ReplicaSet object: pods are folded into their Deployment.
  const results = runCheck(check, workloadFacts(rsOwned('web-7d9f8c-abcde'), rsOwned('web-7d9f8c-fghij')));
  expect(results.map((r) => [r.status, r.resource])).toEqual([['fail', { kind: 'Deployment', namespace: 'shop', name: 'web' }]]);
  // With the Deployment present, the pods are not reported again.
  const withOwner = runCheck(check, workloadFacts(deployment('web', 'shop', bad), rsOwned('web-7d9f8c-abcde')));
  expect(withOwner).toHaveLength(1);
});

it('carries the manifest line as the location', () => {
  const [r] = runCheck(check, workloadFacts(deployment('web', 'shop', goodSpec({ containers: [goodContainer('app', { securityContext: { privileged: true } })] }), 42)));
  expect(r?.location).toEqual({ file: 'manifests/app.yaml', line: 42 });
  expect(r?.evidence).toBe('app: securityContext.privileged: true');
});
