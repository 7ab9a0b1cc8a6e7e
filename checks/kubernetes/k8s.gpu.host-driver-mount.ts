import { defineCheck } from '../../src/engine/check.js';
import { asArray, asRecord } from '../../src/kit/k8s/objects.js';
import type { Volume } from '../../src/kit/k8s/types.js';
import { judgeGpuTemplates } from '../../src/kit/gpu/k8s.js';

// host paths that hand a pod the GPU devices or the host's driver stack
const DRIVER_PATH = /^\/(dev\/?$|dev\/nvidia|dev\/dri|proc\/driver\/nvidia|run\/nvidia|var\/run\/nvidia|usr\/local\/nvidia|usr\/lib(64)?\/?$|usr\/lib(64)?\/(x86_64-linux-gnu|aarch64-linux-gnu)\/?$|usr\/lib(64)?\/.*nvidia|usr\/bin\/?$|usr\/bin\/nvidia|lib\/modules|etc\/nvidia-container-runtime)/;

export default defineCheck({
  id: 'k8s.gpu.host-driver-mount',
  title: 'GPU pods do not mount /dev/nvidia* or the host\'s driver paths through hostPath',
  rationale: 'A hostPath to /dev/nvidia* bypasses the device plugin (every GPU, no accounting); to the driver libraries or /run/nvidia it lets the pod tamper with what every other GPU container loads.',
  severity: 'high',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['NVIDIA k8s-device-plugin README', 'CIS Kubernetes Benchmark v1.12 5.2.11', 'NSA/CISA Kubernetes Hardening Guide v1.2: Kubernetes Pod security', 'NIST SP 800-190 4.4.3'],
  remediation: 'Drop the hostPath volumes; request GPUs with resources.limits["nvidia.com/gpu"] and let the NVIDIA Container Toolkit / CDI inject the devices and driver libraries.',
  messages: { hostPath: 'GPU pod mounts host driver paths: {{volumes}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeGpuTemplates(pods, workloads, ctx, (t) => {
      const hits = asArray<Volume>(t.spec.volumes)
        .map((v) => asRecord(v) as Volume)
        .filter((v) => v.hostPath && DRIVER_PATH.test(String(asRecord(v.hostPath).path ?? '')))
        .map((v) => `${v.name ?? '?'} (${String(asRecord(v.hostPath).path)})`);
      return hits.length === 0 ? undefined : { messageId: 'hostPath', data: { volumes: hits.join(', ') }, evidence: hits.join('; ') };
    });
  },
});
