import check from '../../../checks/kubernetes/k8s.visibility.runtime-detector.js';
import { checkTester } from '../../helpers/check-tester.js';
import { daemonSet, deployment, forbidden, goodContainer, goodSpec, liveCluster, manifestCluster, ns } from '../../kit/k8s/builders.js';

const facts = (workloads: object[], cluster: object = liveCluster, namespaces: object[] = []) => ({ 'k8s.workloads': workloads, 'k8s.pods': [], 'k8s.namespaces': namespaces, 'k8s.cluster': cluster });
checkTester.run(check, {
  pass: [
    facts([daemonSet('falco', 'falco', goodSpec())]),
    { name: 'by image', facts: facts([daemonSet('node-agent', 'security', goodSpec({ containers: [goodContainer('agent', { image: 'quay.io/cilium/tetragon:v1.2.0' })] }))]) },
  ],
  fail: [
    { facts: facts([]), messageId: 'none' },
    { name: 'a Deployment is not a node sensor', facts: facts([deployment('falcosidekick', 'falco', goodSpec())]), messageId: 'none' },
  ],
  notApplicable: [facts([], manifestCluster, [ns('shop')])],
  error: [{ 'k8s.workloads': forbidden('daemonsets'), 'k8s.pods': [], 'k8s.namespaces': [], 'k8s.cluster': liveCluster }],
});
