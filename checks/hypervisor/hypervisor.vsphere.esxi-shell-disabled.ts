import { defineCheck } from '../../src/engine/check.js';
import { perHost, serviceEvidence, serviceOn } from '../../src/kit/hypervisor/vsphere-kit.js';

export default defineCheck({
  id: 'hypervisor.vsphere.esxi-shell-disabled',
  title: 'The ESXi Shell is stopped and does not start',
  rationale: 'The ESXi Shell gives a root command line on the host, from the console or through SSH; what is done there bypasses vCenter roles and most of its audit trail.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.hosts'],
  references: ['VMware vSphere 8.0 ESXi STIG: The ESXi host must be configured to disable nonessential capabilities by disabling the ESXi shell', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 CM-7'],
  remediation: 'In the vSphere Client: host > Configure > System > Services > ESXi Shell > Stop, and Edit Startup Policy: Start and stop manually; or Get-VMHostService | Where Key -eq TSM | Set-VMHostService -Policy Off | Stop-VMHostService.',
  messages: { enabled: 'host {{name}}: {{detail}}' },
  evaluate({ 'vsphere.hosts': facts }, ctx) {
    return perHost(facts, ctx, (h) => serviceOn(h, 'TSM', 'ESXi Shell'), 'enabled', (h) => serviceEvidence(h, 'TSM'));
  },
});
