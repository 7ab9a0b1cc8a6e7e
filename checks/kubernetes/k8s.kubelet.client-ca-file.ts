import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.client-ca-file',
  title: 'Kubelets verify client certificates',
  rationale: 'Without a client CA the kubelet cannot authenticate the API server (or anyone) by certificate.',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.3'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.3'],
  remediation: 'Set authentication.x509.clientCAFile (kubeadm: /etc/kubernetes/pki/ca.crt) in the kubelet configuration.',
  messages: {
    unset: 'kubelet on {{node}} has no authentication.x509.clientCAFile',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('authentication.x509.clientCAFile');
      return typeof s.value === 'string' && s.value !== '' ? ctx.pass() : ctx.fail('unset', { node });
    });
  },
});
