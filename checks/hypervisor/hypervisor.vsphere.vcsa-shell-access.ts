import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.vsphere.vcsa-shell-access',
  title: 'The vCenter Server appliance has SSH and the BASH shell off',
  rationale: 'SSH and BASH on the vCenter Server appliance give a root-capable command line on the system that holds every host credential and the whole inventory, outside vCenter roles.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.appliance.access'],
  references: ['vSphere Automation API, appliance access ssh and shell: https://developer.broadcom.com/xapis/vsphere-automation-api/latest/appliance/access', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 CM-7', 'NIST SP 800-53 AC-17'],
  remediation: 'In the appliance management interface (https://VCSA:5480) > Access > Edit: SSH login and BASH shell off; or PUT /api/appliance/access/ssh {"enabled": false} and PUT /api/appliance/access/shell {"enabled": false, "timeout": 0}.',
  messages: { open: 'the vCenter Server appliance has {{detail}}' },
  evaluate({ 'vsphere.appliance.access': a }, ctx) {
    const open = [...(a.ssh ? ['SSH login enabled'] : []), ...(a.shell.enabled ? [`the BASH shell enabled (for ${a.shell.timeout} s)`] : [])];
    if (open.length) return ctx.fail('open', { detail: open.join(' and ') }, { evidence: open.join('; ') });
    return ctx.pass(undefined, undefined, { evidence: `SSH off, BASH shell off, console CLI ${a.consoleCli ? 'on' : 'off'}` });
  },
});
