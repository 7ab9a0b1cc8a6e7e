import { defineCheck } from '../../src/engine/check.js';
import { perHost } from '../../src/kit/hypervisor/vsphere-kit.js';

const KEY = 'Syslog.global.logHost';

export default defineCheck({
  id: 'hypervisor.vsphere.host-syslog',
  title: 'ESXi hosts send their logs to a remote syslog server',
  rationale: "An ESXi host keeps its logs on a ramdisk or local scratch: they are lost on reboot, and an attacker on the host can erase them. A remote collector keeps the record and lets hosts be watched together.",
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.hosts'],
  references: ['VMware vSphere 8.0 ESXi STIG (SRG-OS-000342-VMM-001230): The ESXi host must offload logs via syslog', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 AU-4(1)', 'NIST SP 800-53 AU-9(2)'],
  remediation: 'Set the advanced option Syslog.global.logHost to the collector, over TLS where it can (ssl://syslog.example.internal:1514), and open the syslog firewall rule set; or Get-AdvancedSetting -Name Syslog.global.logHost | Set-AdvancedSetting -Value ssl://HOST:1514.',
  messages: { none: 'host {{name}}: {{detail}}' },
  evaluate({ 'vsphere.hosts': facts }, ctx) {
    return perHost(facts, ctx, (h) => ((h.options[KEY] ?? '').trim() ? [] : [`${KEY} is not set: logs stay on the host`]), 'none', (h) => `${KEY} = ${h.options[KEY] ?? ''}`);
  },
});
