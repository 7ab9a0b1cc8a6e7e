import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.updates.automatic-security-updates',
  title: 'Security updates are installed automatically',
  rationale: 'Patching without a person in the loop closes known holes in days instead of months.',
  severity: 'medium',
  pillar: 'automation_orchestration',
  function: 'Automation & Orchestration',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['linux.updates'],
  references: ['NIST SP 800-53 SI-2(5)', 'CISA ZTMM v2 Devices: Device Threat Protection', 'CIS Debian Linux 12 v1.1.0 1.2.2.1'],
  remediation: 'Debian/Ubuntu: apt-get install unattended-upgrades and set APT::Periodic::Update-Package-Lists "1"; APT::Periodic::Unattended-Upgrade "1"; in /etc/apt/apt.conf.d/20auto-upgrades. RHEL/Fedora: dnf install dnf-automatic, apply_updates = yes, systemctl enable --now dnf-automatic.timer.',
  messages: { manual: 'updates are not automatic: {{detail}}' },
  evaluate({ 'linux.updates': u }, ctx) {
    return u.automatic ? ctx.pass(undefined, undefined, { evidence: `${u.manager}: ${u.detail}` }) : ctx.fail('manual', { detail: u.detail });
  },
});
