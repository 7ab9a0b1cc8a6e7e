import { defineCheck } from '../../src/engine/check.js';
import { perHost, serviceEvidence, serviceOn } from '../../src/kit/hypervisor/vsphere-kit.js';

export default defineCheck({
  id: 'hypervisor.vsphere.ssh-disabled',
  title: 'The SSH service of ESXi hosts is stopped and does not start',
  rationale: 'SSH on an ESXi host is a root shell on the network that bypasses vCenter; it is meant for troubleshooting, switched on for the task and off again.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.hosts'],
  references: ['VMware Cloud Foundation ESX STIG VCFE-9X-000096: The ESX host must disable remote access to the information system by disabling Secure Shell (SSH)', 'VMware vSphere 8.0 ESXi STIG (SRG-OS-000095-VMM-000480): disable nonessential capabilities', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 CM-7'],
  remediation: 'In the vSphere Client: host > Configure > System > Services > SSH > Stop, and Edit Startup Policy: Start and stop manually; or Get-VMHostService | Where Key -eq TSM-SSH | Set-VMHostService -Policy Off | Stop-VMHostService.',
  messages: { enabled: 'host {{name}}: {{detail}}' },
  evaluate({ 'vsphere.hosts': facts }, ctx) {
    return perHost(facts, ctx, (h) => serviceOn(h, 'TSM-SSH', 'SSH'), 'enabled', (h) => serviceEvidence(h, 'TSM-SSH'));
  },
});
