import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { cephValues } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.ceph.msgr2-secure',
  title: 'Ceph messenger v2 runs in secure mode only (on-wire encryption)',
  rationale: 'In crc mode (the default) msgr2 authenticates but sends data in clear: anyone on the storage network reads the objects, RBD blocks and CephFS files in flight.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Data Encryption',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['storage.ceph'],
  references: ['Ceph documentation: Messenger v2 (ms_cluster_mode, ms_service_mode, ms_client_mode)', 'NIST SP 800-53 SC-8(1)', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): encryption of data in transit'],
  remediation: 'Set ms_cluster_mode, ms_service_mode and ms_client_mode to "secure" in [global] of /etc/ceph/ceph.conf (and in the monitors\' central config), make sure every client speaks msgr2 (kernel clients: mount/map with ms_mode=secure), and restart the daemons.',
  messages: { plain: '{{key}} is "{{value}}" ({{where}}): connections may run unencrypted (crc)', ok: 'messenger v2 is secure-only for cluster, service and client connections' },
  evaluate({ 'storage.ceph': ceph }, ctx) {
    const out: CheckOutcome[] = [];
    for (const key of ['ms_cluster_mode', 'ms_service_mode', 'ms_client_mode']) {
      for (const v of cephValues(ceph, key)) {
        const modes = v.value.split(/[,;\s]+/).filter(Boolean);
        if (modes.length === 0 || modes.some((m) => m !== 'secure')) out.push(ctx.fail('plain', { key, value: v.value, where: v.where }, { resource: { kind: 'CephOption', name: `${v.where} ${key}` } }));
      }
    }
    return out.length ? out : ctx.pass('ok', undefined, { evidence: ceph.files.join(', ') });
  },
});
