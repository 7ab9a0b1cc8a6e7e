import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.rotate-certificates',
  title: 'Kubelets rotate their client certificates',
  rationale: 'Without rotation the kubelet client certificate expires (an outage) or is issued long-lived. /configz omits the field when it is false.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.10'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.10'],
  remediation: 'Set rotateCertificates: true in the kubelet configuration.',
  messages: {
    off: 'kubelet on {{node}} does not rotate its client certificate (rotateCertificates={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('rotateCertificates');
      return s.value === true ? ctx.pass() : ctx.fail('off', { node, value: showSetting(s) });
    });
  },
});
