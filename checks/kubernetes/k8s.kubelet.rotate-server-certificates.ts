import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.rotate-server-certificates',
  title: 'Kubelets keep serving-certificate rotation on',
  rationale: 'Kubelets keep serving-certificate rotation on.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.11'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.11'],
  remediation: 'Remove RotateKubeletServerCertificate: false from featureGates in the kubelet configuration.',
  messages: {
    off: 'kubelet on {{node}} turns RotateKubeletServerCertificate off',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('featureGates.RotateKubeletServerCertificate');
      return s.value === false || s.value === 'false' ? ctx.fail('off', { node }) : ctx.pass();
    });
  },
});
