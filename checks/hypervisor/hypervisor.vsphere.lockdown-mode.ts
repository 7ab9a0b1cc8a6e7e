import { defineCheck } from '../../src/engine/check.js';
import { perHost } from '../../src/kit/hypervisor/vsphere-kit.js';

export default defineCheck({
  id: 'hypervisor.vsphere.lockdown-mode',
  title: 'ESXi hosts run in lockdown mode',
  rationale: "Without lockdown mode a host answers direct logins (Host Client, SSH, the API) that bypass vCenter's roles and audit trail; lockdown mode leaves vCenter as the one way in.",
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.hosts'],
  references: ['VMware vSphere 8.0 ESXi STIG V-258730: The ESXi host must enable lockdown mode', 'VMware vSphere Security, Lockdown Mode (VMware vSphere 8 product documentation)', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 AC-17'],
  remediation: 'In the vSphere Client: host > Configure > System > Security Profile > Lockdown Mode > Edit: Normal (or Strict), with the exception users the site needs; or (Get-VMHost | Get-View).EnterLockdownMode().',
  messages: { disabled: 'host {{name}}: {{detail}}' },
  evaluate({ 'vsphere.hosts': facts }, ctx) {
    return perHost(
      facts,
      ctx,
      (h) => {
        if (!h.managementServer) return { notApplicable: `host ${h.name} is not managed by vCenter: lockdown mode needs vCenter to manage the host` };
        if (!h.lockdownMode) return ['lockdown mode not reported (config.lockdownMode unset)'];
        return h.lockdownMode === 'lockdownDisabled' ? ['lockdown mode is disabled'] : [];
      },
      'disabled',
      (h) => `config.lockdownMode = ${h.lockdownMode ?? ''}`,
    );
  },
});
