import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.proxmox.backup-jobs',
  title: 'Every Proxmox VE guest is in an enabled scheduled backup job',
  rationale: 'Ransomware and operator mistakes are survived by restoring; a guest that no enabled backup job selects has no recent copy to restore.',
  severity: 'medium',
  pillar: 'data',
  function: 'Data Availability',
  stage: 'initial',
  targetKinds: ['proxmox'],
  facts: ['proxmox.backup-jobs', 'proxmox.vms'],
  references: [
    'Proxmox VE Administration Guide, Backup and Restore: Backup Jobs (https://pve.proxmox.com/pve-docs/chapter-vzdump.html)',
    'Proxmox VE API: GET /cluster/backup (https://pve.proxmox.com/pve-docs/api-viewer/#/cluster/backup)',
    'NIST SP 800-53 CP-9',
  ],
  remediation: 'Add a scheduled backup job that selects every guest (Datacenter > Backup > Add, Selection mode: All, excluding only what is backed up elsewhere), to a Proxmox Backup Server storage with an encryption key.',
  messages: { none: 'no enabled backup job{{detail}}', uncovered: 'no enabled backup job selects {{guests}}' },
  evaluate({ 'proxmox.backup-jobs': jobs, 'proxmox.vms': vms }, ctx) {
    const enabled = jobs.filter((j) => j.enabled);
    if (enabled.length === 0) return ctx.fail('none', { detail: jobs.length ? ` (${jobs.length} disabled: ${jobs.map((j) => j.id).join(', ')})` : '' });
    const guests = vms.vms.filter((v) => !v.template);
    const covered = (vmid: number): boolean => enabled.some((j) => (j.all && !j.exclude.includes(vmid)) || j.vmids.includes(vmid));
    const missing = guests.filter((v) => !covered(v.vmid));
    const evidence = enabled.map((j) => `${j.id}: ${j.all ? 'all' : j.pool ? `pool ${j.pool}` : j.vmids.join(',')} -> ${j.storage}${j.schedule ? ` (${j.schedule})` : ''}`).join('; ');
    if (missing.length === 0) return ctx.pass(undefined, undefined, { evidence });
    const pools = enabled.filter((j) => j.pool).map((j) => j.pool!);
    // a job by resource pool selects guests the facts do not map: say so rather than guess
    if (pools.length) return ctx.error(`guests ${missing.map((v) => v.vmid).join(', ')} are in no job by id; pool jobs (${pools.join(', ')}) may select them, and pool membership is not collected`);
    return ctx.fail('uncovered', { guests: missing.map((v) => `${v.node}/${v.vmid}${v.name ? ` (${v.name})` : ''}`).join(', ') }, { evidence });
  },
});
