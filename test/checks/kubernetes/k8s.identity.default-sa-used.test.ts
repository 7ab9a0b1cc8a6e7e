import check from '../../../checks/kubernetes/k8s.identity.default-sa-used.js';
import { checkTester } from '../../helpers/check-tester.js';
import { daemonSet, forbidden, goodSpec, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withSpec({ serviceAccountName: 'web' }), withSpec({ serviceAccountName: undefined, serviceAccount: 'legacy-name' })],
  fail: [
    { facts: withSpec({ serviceAccountName: undefined }), messageId: 'default' },
    { facts: withSpec({ serviceAccountName: 'default' }), messageId: 'default' },
  ],
  notApplicable: [
    workloadFacts(),
    { name: 'kube-proxy is a platform DaemonSet', facts: workloadFacts(daemonSet('kube-proxy', 'kube-system', goodSpec({ serviceAccountName: undefined }))) },
  ],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
