import { defineCheck } from '../../src/engine/check.js';
import { wholeClusterUnknown } from '../../src/kit/k8s/cluster.js';
import { findWorkload } from '../../src/kit/k8s/detect.js';

// Sensors that watch syscalls on every node; they run as DaemonSets.
const SENSOR = /falco|tetragon|tracee|sysdig|kubearmor|falcon-sensor|neuvector-enforcer|aqua-enforcer|aquasec\/enforcer/;

export default defineCheck({
  id: 'k8s.visibility.runtime-detector',
  title: 'A runtime threat detector runs on every node',
  rationale: 'Assume breach: a node-level sensor (Falco, Tetragon, Tracee, Sysdig...) sees shells in containers, unexpected binaries and escapes that admission control cannot.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.workloads', 'k8s.pods', 'k8s.namespaces', 'k8s.cluster'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Threat detection', 'NIST SP 800-190 4.4.4', 'NIST SP 800-207 tenet 7', 'CISA ZTMM v2.0 Cross-cutting: Visibility and Analytics'],
  remediation: 'Deploy a runtime detector as a DaemonSet (e.g. helm install falco falcosecurity/falco) and route its alerts to your SIEM.',
  messages: { found: '{{what}} found', none: 'no runtime detector DaemonSet found' },
  evaluate({ 'k8s.workloads': workloads, 'k8s.pods': pods, 'k8s.namespaces': namespaces, 'k8s.cluster': cluster }, ctx) {
    const hit = findWorkload(workloads, pods, SENSOR, ['DaemonSet']);
    if (hit) return ctx.pass('found', { what: hit.describe }, { resource: hit.ref, ...(hit.location ? { location: hit.location } : {}) });
    const unknown = wholeClusterUnknown(cluster, namespaces);
    return unknown ? ctx.notApplicable(unknown) : ctx.fail('none');
  },
});
