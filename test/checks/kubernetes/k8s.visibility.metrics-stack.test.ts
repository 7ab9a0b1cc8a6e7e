import check from '../../../checks/kubernetes/k8s.visibility.metrics-stack.js';
import { checkTester } from '../../helpers/check-tester.js';
import { deployment, forbidden, goodContainer, goodSpec, liveCluster, manifestCluster, ns } from '../../kit/k8s/builders.js';

const facts = (workloads: object[], cluster: object = liveCluster, namespaces: object[] = []) => ({ 'k8s.workloads': workloads, 'k8s.pods': [], 'k8s.namespaces': namespaces, 'k8s.cluster': cluster });
checkTester.run(check, {
  pass: [
    facts([deployment('metrics-server', 'kube-system', goodSpec())]),
    { name: 'by image', facts: facts([deployment('collector', 'observability', goodSpec({ containers: [goodContainer('otel', { image: 'otel/opentelemetry-collector-contrib:0.110.0' })] }))]) },
  ],
  fail: [{ facts: facts([deployment('web', 'shop', goodSpec())], manifestCluster, [ns('kube-system')]), messageId: 'none' }],
  notApplicable: [facts([], manifestCluster, [ns('shop')])],
  error: [{ 'k8s.workloads': forbidden('deployments'), 'k8s.pods': [], 'k8s.namespaces': [], 'k8s.cluster': liveCluster }],
});
