import check from '../../../checks/kubernetes/k8s.gpu.limits.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden } from '../../kit/k8s/builders.js';
import { gpuWorkload, noGpuPods } from '../../kit/k8s/gpu-builders.js';

checkTester.run(check, {
  pass: [gpuWorkload(), gpuWorkload({ resources: { limits: { cpu: '1', memory: '1Gi', 'nvidia.com/mig-1g.10gb': 1 } } })],
  fail: [
    { facts: gpuWorkload({ resources: { limits: { 'nvidia.com/gpu': 1 } } }), messageId: 'limits', name: 'no cpu/memory limits' },
    { facts: gpuWorkload({ resources: { requests: { 'nvidia.com/gpu': 1, cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } } }), messageId: 'limits', name: 'GPU only in requests' },
  ],
  notApplicable: [noGpuPods()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
