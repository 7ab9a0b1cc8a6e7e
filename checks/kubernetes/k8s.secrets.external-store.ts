import { defineCheck } from '../../src/engine/check.js';
import { wholeClusterUnknown } from '../../src/kit/k8s/cluster.js';
import { findWorkload } from '../../src/kit/k8s/detect.js';

// Operators and drivers that keep secrets in an external store and project them into pods.
const EXTERNAL_STORE = /external-secrets|secrets-store-csi|csi-secrets-store|vault-agent-injector|vault-secrets-operator|vault-csi-provider|secrets-store-csi-driver-provider|akeyless|doppler-operator|1password-connect|onepassword-connect/;

export default defineCheck({
  id: 'k8s.secrets.external-store',
  title: 'Secrets come from an external secret store',
  rationale: 'Kubernetes Secrets are base64 in etcd and readable by anyone with get secrets; an external store (Vault, a cloud secret manager) adds audit, rotation and short-lived credentials.',
  severity: 'low',
  pillar: 'data',
  function: 'Data Protection',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.workloads', 'k8s.pods', 'k8s.namespaces', 'k8s.cluster'],
  cis: ['5.4.2'],
  references: ['CIS Kubernetes Benchmark v1.12 5.4.2', 'NSA/CISA Kubernetes Hardening Guide v1.2: Secrets', 'NIST SP 800-190 4.1.4', 'CISA ZTMM v2.0 Data: Data Protection'],
  remediation: 'Keep secrets in Vault or the cloud secret manager and deliver them with the External Secrets Operator or the Secrets Store CSI driver.',
  messages: { found: '{{what}} found', none: 'no external secret store integration (External Secrets, Secrets Store CSI, Vault injector) found' },
  evaluate({ 'k8s.workloads': workloads, 'k8s.pods': pods, 'k8s.namespaces': namespaces, 'k8s.cluster': cluster }, ctx) {
    const hit = findWorkload(workloads, pods, EXTERNAL_STORE, ['Deployment', 'StatefulSet', 'DaemonSet']);
    if (hit) return ctx.pass('found', { what: hit.describe }, { resource: hit.ref, ...(hit.location ? { location: hit.location } : {}) });
    const unknown = wholeClusterUnknown(cluster, namespaces);
    return unknown ? ctx.notApplicable(unknown) : ctx.fail('none');
  },
});
