import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { forEachKubelet, showSetting } from '../../src/kit/k8s/kubelet-rules.js';

export default defineCheck({
  id: 'k8s.kubelet.make-iptables-util-chains',
  title: 'Kubelets manage their iptables utility chains',
  rationale: 'Kubelets manage their iptables utility chains.',
  severity: 'low',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.kubelets'],
  cis: ['4.2.6'],
  references: ['CIS Kubernetes Benchmark v1.12 4.2.6'],
  remediation: 'Set makeIPTablesUtilChains: true in the kubelet configuration (the default).',
  messages: {
    off: 'kubelet on {{node}} does not manage iptables utility chains (makeIPTablesUtilChains={{value}})',
  },
  evaluate({ 'k8s.kubelets': kubelets }, ctx) {
    return forEachKubelet(kubelets, ctx, (setting, node) => {
      const s = setting('makeIPTablesUtilChains');
      return s.value === false ? ctx.fail('off', { node, value: showSetting(s) }) : ctx.pass();
    });
  },
});
