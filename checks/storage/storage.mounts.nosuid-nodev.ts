import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';

export default defineCheck({
  id: 'storage.mounts.nosuid-nodev',
  title: 'Network file systems are mounted nosuid and nodev',
  rationale: 'Files on an NFS or SMB share are controlled by the server and by every client that can write there: a set-uid binary or a device node planted on the share must not become root or raw disk access on this host.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['storage.mounts'],
  references: ['DISA RHEL 8 STIG: file systems imported over NFS are mounted nosuid and nodev', 'mount(8): nosuid, nodev', 'NIST SP 800-53 CM-7'],
  remediation: 'Add nosuid,nodev (and noexec where nothing runs from the share) to the options of every nfs, nfs4, cifs and other network mount in /etc/fstab, and remount.',
  messages: { missing: '{{fstype}} mount {{spec}} on {{mountpoint}} lacks {{missing}}', ok: '{{count}} network mounts, all nosuid,nodev' },
  evaluate({ 'storage.mounts': m }, ctx) {
    if (m.mounts.length === 0) return ctx.notApplicable('no network file system is mounted or listed in /etc/fstab');
    const out: CheckOutcome[] = [];
    for (const mount of m.mounts) {
      const missing = ['nosuid', 'nodev'].filter((o) => !mount.options.includes(o));
      if (missing.length) out.push(ctx.fail('missing', { fstype: mount.fstype, spec: mount.spec, mountpoint: mount.mountpoint, missing: missing.join(',') }, { resource: { kind: 'Mount', name: mount.mountpoint } }));
    }
    return out.length ? out : ctx.pass('ok', { count: m.mounts.length });
  },
});
