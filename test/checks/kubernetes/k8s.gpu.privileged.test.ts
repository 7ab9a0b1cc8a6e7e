import check from '../../../checks/kubernetes/k8s.gpu.privileged.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden } from '../../kit/k8s/builders.js';
import { gpuWorkload, noGpuPods } from '../../kit/k8s/gpu-builders.js';

checkTester.run(check, {
  pass: [gpuWorkload()],
  fail: [{ facts: gpuWorkload({ securityContext: { privileged: true } }), messageId: 'privileged' }],
  notApplicable: [noGpuPods()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
