import { defineCheck } from '../../src/engine/check.js';
import { wholeClusterUnknown } from '../../src/kit/k8s/cluster.js';
import { findWorkload } from '../../src/kit/k8s/detect.js';

const METRICS = /prometheus|metrics-server|opentelemetry-collector|otel-collector|otelcol|grafana-agent|grafana\/alloy|victoria-?metrics|vmagent|datadog-agent|dd-agent/;

export default defineCheck({
  id: 'k8s.visibility.metrics-stack',
  title: 'A metrics pipeline collects cluster telemetry',
  rationale: 'Continuous telemetry (Prometheus, metrics-server, an OpenTelemetry collector) is what dynamic, risk-based decisions and anomaly detection are built on.',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.workloads', 'k8s.pods', 'k8s.namespaces', 'k8s.cluster'],
  references: ['NSA/CISA Kubernetes Hardening Guide v1.2: Logging', 'NIST SP 800-207 tenet 7', 'CISA ZTMM v2.0 Cross-cutting: Visibility and Analytics'],
  remediation: 'Deploy metrics-server and a Prometheus or OpenTelemetry collector, and keep their data off the cluster it describes.',
  messages: { found: '{{what}} found', none: 'no metrics collector (Prometheus, metrics-server, OpenTelemetry collector) found' },
  evaluate({ 'k8s.workloads': workloads, 'k8s.pods': pods, 'k8s.namespaces': namespaces, 'k8s.cluster': cluster }, ctx) {
    const hit = findWorkload(workloads, pods, METRICS, ['Deployment', 'StatefulSet', 'DaemonSet']);
    if (hit) return ctx.pass('found', { what: hit.describe }, { resource: hit.ref, ...(hit.location ? { location: hit.location } : {}) });
    const unknown = wholeClusterUnknown(cluster, namespaces);
    return unknown ? ctx.notApplicable(unknown) : ctx.fail('none');
  },
});
