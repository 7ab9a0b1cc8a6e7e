import { defineCheck } from '../../src/engine/check.js';
import '../../src/kit/k8s/controlplane-types.js';
import { flagDrift } from '../../src/kit/k8s/flag-drift.js';

export default defineCheck({
  id: 'k8s.scheduler.flags-consistent',
  title: 'Scheduler runs with the same security flags on every control-plane node',
  rationale: 'The flag checks judge the first kube-scheduler instance; a copy on another control-plane node with weaker flags would go unnoticed, and requests reach whichever copy the load balancer picks.',
  severity: 'medium',
  pillar: 'automation_orchestration',
  function: 'Automation and Orchestration',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.scheduler'],
  references: ['CIS Kubernetes Benchmark v1.12 section 1 and 2 (applied to every control-plane node)'],
  remediation: 'Make the kube-scheduler static pod manifests identical on every control-plane node (kubeadm: kubeadm upgrade node, or manage /etc/kubernetes/manifests with configuration management).',
  messages: { drift: 'kube-scheduler instances differ: {{differences}}' },
  evaluate({ 'k8s.scheduler': component }, ctx) {
    if (component.instances.length < 2) return ctx.notApplicable('one kube-scheduler instance: nothing to compare');
    const drift = flagDrift(component);
    return drift.length ? ctx.fail('drift', { differences: drift.join('; ') }) : ctx.pass();
  },
});
