import check from '../../../checks/kubernetes/k8s.gpu.host-driver-mount.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden } from '../../kit/k8s/builders.js';
import { gpuWorkload, noGpuPods } from '../../kit/k8s/gpu-builders.js';

checkTester.run(check, {
  pass: [gpuWorkload({}, { volumes: [{ name: 'data', emptyDir: {} }] }), gpuWorkload({}, { volumes: [{ name: 'models', hostPath: { path: '/srv/models' } }] })],
  fail: [
    { facts: gpuWorkload({}, { volumes: [{ name: 'nvidia0', hostPath: { path: '/dev/nvidia0' } }] }), messageId: 'hostPath' },
    { facts: gpuWorkload({}, { volumes: [{ name: 'drv', hostPath: { path: '/usr/lib/x86_64-linux-gnu' } }] }), messageId: 'hostPath', name: 'host driver libraries' },
    { facts: gpuWorkload({}, { volumes: [{ name: 'run', hostPath: { path: '/run/nvidia/driver' } }] }), messageId: 'hostPath' },
  ],
  notApplicable: [noGpuPods()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});
