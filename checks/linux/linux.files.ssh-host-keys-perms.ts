import { defineCheck } from '../../src/engine/check.js';

const octal = (n: number): string => n.toString(8).padStart(4, '0');

export default defineCheck({
  id: 'linux.files.ssh-host-keys-perms',
  title: 'SSH private host keys are readable by root only',
  rationale: 'Whoever reads a host key can impersonate this server to every client that trusts it.',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.files'],
  references: ['CIS Debian Linux 12 v1.1.0 5.1.2', 'NIST SP 800-53 SC-12'],
  remediation: 'chown root:root /etc/ssh/ssh_host_*_key && chmod 0600 /etc/ssh/ssh_host_*_key',
  messages: { tooOpen: '{{path}} has mode {{mode}} (at most 0600, or 0640 for group ssh_keys)', wrongOwner: '{{path}} is owned by uid {{uid}}' },
  evaluate({ 'linux.files': files }, ctx) {
    const keys = Object.values(files.stats).filter((s) => /^\/etc\/ssh\/ssh_host_[^/]+_key$/.test(s.path));
    if (keys.length === 0) return ctx.notApplicable('no SSH host private keys in /etc/ssh');
    return keys.map((k) => {
      const resource = { kind: 'file', name: k.path };
      const evidence = `${k.path} ${octal(k.mode)} ${k.owner}:${k.group}`;
      // Red Hat lets the ssh_keys group read host keys (0640); nothing else is acceptable
      const allowed = k.group === 'ssh_keys' ? 0o640 : 0o600;
      if ((k.mode & ~allowed & 0o7777) !== 0) return ctx.fail('tooOpen', { path: k.path, mode: octal(k.mode) }, { resource, evidence });
      if (k.uid !== 0) return ctx.fail('wrongOwner', { path: k.path, uid: k.uid }, { resource, evidence });
      return ctx.pass(undefined, undefined, { resource, evidence });
    });
  },
});
