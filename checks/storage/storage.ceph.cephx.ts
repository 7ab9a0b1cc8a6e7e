import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { cephValues } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.ceph.cephx',
  title: 'Ceph requires cephx for the cluster, services and clients',
  rationale: 'With auth_*_required = none, any host that reaches the monitors and OSDs reads, writes and deletes every pool, and daemons accept impostor peers.',
  severity: 'critical',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.ceph'],
  references: ['Ceph documentation: CephX config reference (auth_cluster_required, auth_service_required, auth_client_required)', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): authentication and authorization', 'NIST SP 800-53 IA-3'],
  remediation: 'Set auth_cluster_required, auth_service_required and auth_client_required to cephx in [global] of /etc/ceph/ceph.conf (and `ceph config set global ...` for the monitors\' central config), remove any "none" override, and restart the daemons.',
  messages: { none: '{{key}} is {{value}} ({{where}}): cephx authentication is off', ok: 'cephx is required for cluster, service and client authentication' },
  evaluate({ 'storage.ceph': ceph }, ctx) {
    const out: CheckOutcome[] = [];
    for (const key of ['auth_cluster_required', 'auth_service_required', 'auth_client_required']) {
      for (const v of cephValues(ceph, key)) {
        if (!v.value.split(/[,;\s]+/).filter(Boolean).every((m) => m === 'cephx')) out.push(ctx.fail('none', { key, value: v.value || '(empty)', where: v.where }, { resource: { kind: 'CephOption', name: `${v.where} ${key}` } }));
      }
    }
    return out.length ? out : ctx.pass('ok', undefined, { evidence: ceph.files.join(', ') });
  },
});
