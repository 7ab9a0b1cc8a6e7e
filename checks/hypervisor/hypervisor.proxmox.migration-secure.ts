import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.proxmox.migration-secure',
  title: 'Proxmox VE migrates guests over the encrypted channel (migration type secure)',
  rationale: 'Live migration streams the whole guest memory, keys and secrets included; type=insecure sends it over plain TCP, readable and alterable by anyone on the migration network.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Traffic Encryption',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.cluster-options'],
  references: [
    'Proxmox VE Administration Guide, Cluster Manager: Guest Migration, Migration Type (https://pve.proxmox.com/pve-docs/chapter-pvecm.html)',
    'Proxmox VE datacenter.cfg(5), migration: type=<secure|insecure> (default secure: an SSH tunnel) (https://pve.proxmox.com/pve-docs/datacenter.cfg.5.html)',
    'Proxmox VE API: GET /cluster/options, migration (https://pve.proxmox.com/pve-docs/api-viewer/#/cluster/options)',
    'NIST SP 800-125 5.2',
    'NIST SP 800-53 SC-8',
  ],
  remediation: 'Set the migration type back to secure (Datacenter > Options > Migration Settings > Type: secure, or migration: type=secure,network=CIDR in /etc/pve/datacenter.cfg); use a dedicated migration network for bandwidth instead of dropping encryption.',
  messages: { insecure: 'guests migrate unencrypted: migration type={{type}}{{network}}' },
  evaluate({ 'proxmox.cluster-options': o }, ctx) {
    if (o.migrationType === 'insecure') return ctx.fail('insecure', { type: o.migrationType, network: o.migrationNetwork ? ` on ${o.migrationNetwork}` : '' });
    return ctx.pass(undefined, undefined, { evidence: `migration type=${o.migrationType}${o.migrationNetwork ? `, network=${o.migrationNetwork}` : ''}` });
  },
});
