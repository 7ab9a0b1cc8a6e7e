import check from '../../../checks/kubernetes/k8s.workload.host-path.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, withSpec, workloadFacts } from '../../kit/k8s/builders.js';

checkTester.run(check, {
  pass: [withSpec({ volumes: [{ name: 'tmp', emptyDir: {} }, { name: 'cfg', configMap: { name: 'cfg' } }] })],
  fail: [{ facts: withSpec({ volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }] }), messageId: 'hostPath' }],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
