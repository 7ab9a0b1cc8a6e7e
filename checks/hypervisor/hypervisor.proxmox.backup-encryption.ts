import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.proxmox.backup-encryption',
  title: 'Backup jobs write to Proxmox Backup Server storage with client-side encryption',
  rationale: 'A backup holds every disk of the guest: secrets, databases, keys. vzdump archives on a directory, NFS or CIFS storage, or PBS chunks without an encryption key, can be read by whoever reaches the backup target; with a PBS encryption key the data is encrypted on the node before it leaves.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Encryption',
  stage: 'advanced',
  targetKinds: ['proxmox'],
  facts: ['proxmox.backup-jobs', 'proxmox.storage'],
  references: [
    'Proxmox VE Administration Guide, Storage: Proxmox Backup Server, Encryption: https://pve.proxmox.com/pve-docs/chapter-pvesm.html#storage_pbs_encryption',
    'Proxmox VE API: GET /storage, encryption-key (https://pve.proxmox.com/pve-docs/api-viewer/#/storage)',
    'NIST SP 800-53 CP-9(8), SC-28',
  ],
  remediation: 'Back up to a Proxmox Backup Server storage with an encryption key (Datacenter > Storage > PBS > Encryption > Auto-generate a client encryption key, or pvesm set STORAGE --encryption-key autogen), keep a copy of the key (and a master key) offline, and point the jobs at it.',
  messages: { clear: 'backup job {{job}}: {{detail}}' },
  evaluate({ 'proxmox.backup-jobs': jobs, 'proxmox.storage': storage }, ctx) {
    const enabled = jobs.filter((j) => j.enabled);
    if (enabled.length === 0) return ctx.notApplicable('no enabled backup jobs (hypervisor.proxmox.backup-jobs reports that)');
    return enabled.map((j) => {
      const resource = { kind: 'BackupJob', name: j.id };
      const s = storage.find((x) => x.storage === j.storage);
      if (!s) return ctx.error(`backup job ${j.id}: storage ${j.storage} is not in the storage list`, { resource });
      if (s.type !== 'pbs') return ctx.fail('clear', { job: j.id, detail: `writes vzdump archives to ${s.type} storage ${s.storage}, unencrypted` }, { resource });
      if (!s.encrypted) return ctx.fail('clear', { job: j.id, detail: `PBS storage ${s.storage} has no encryption key` }, { resource });
      return ctx.pass(undefined, undefined, { resource, evidence: `PBS storage ${s.storage} with an encryption key` });
    });
  },
});
