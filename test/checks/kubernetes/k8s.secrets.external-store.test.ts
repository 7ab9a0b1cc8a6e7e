import check from '../../../checks/kubernetes/k8s.secrets.external-store.js';
import { checkTester } from '../../helpers/check-tester.js';
import { daemonSet, deployment, forbidden, goodContainer, goodSpec, liveCluster, manifestCluster, ns } from '../../kit/k8s/builders.js';

const facts = (workloads: object[], cluster: object = liveCluster, namespaces: object[] = []) => ({ 'k8s.workloads': workloads, 'k8s.pods': [], 'k8s.namespaces': namespaces, 'k8s.cluster': cluster });
checkTester.run(check, {
  pass: [
    facts([deployment('external-secrets', 'external-secrets', goodSpec())]),
    { name: 'CSI driver by image', facts: facts([daemonSet('csi-driver', 'kube-system', goodSpec({ containers: [goodContainer('driver', { image: 'registry.k8s.io/csi-secrets-store/driver:v1.4.5' })] }))]) },
  ],
  fail: [{ facts: facts([deployment('web', 'shop', goodSpec())]), messageId: 'none' }],
  notApplicable: [facts([], manifestCluster, [ns('shop')])],
  error: [{ 'k8s.workloads': forbidden('deployments'), 'k8s.pods': [], 'k8s.namespaces': [], 'k8s.cluster': liveCluster }],
});
