import { defineCheck } from '../../src/engine/check.js';
import { isolationSetting, perVm } from '../../src/kit/hypervisor/vsphere-kit.js';

/** Each setting and the value that opens the channel (the defaults keep all of them closed). */
const OPEN: readonly [name: string, opens: string, what: string][] = [
  ['copy.disable', 'false', 'copy from the console'],
  ['paste.disable', 'false', 'paste into the console'],
  ['dnd.disable', 'false', 'drag and drop'],
  ['setGUIOptions.enable', 'true', 'copy and paste through GUI options'],
];

export default defineCheck({
  id: 'hypervisor.vsphere.vm-isolation-tools',
  title: 'VMs keep console copy, paste and drag-and-drop off',
  rationale: 'Copy, paste and drag-and-drop through the remote console move data between the guest and whoever holds the console, around the network controls that guard the guest.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.vms'],
  references: ['VMware vSphere Security, Disable Copy and Paste Operations Between Guest Operating System and Remote Console (VMware vSphere 8 product documentation)', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 SC-4', 'NIST SP 800-53 AC-4'],
  remediation: 'Remove the settings that open these channels, or set them closed: isolation.tools.copy.disable, isolation.tools.paste.disable, isolation.tools.dnd.disable = TRUE and isolation.tools.setGUIOptions.enable = FALSE (VM > Edit Settings > Advanced Parameters, with the VM powered off).',
  messages: { open: 'VM {{name}}: {{detail}}' },
  evaluate({ 'vsphere.vms': facts }, ctx) {
    return perVm(
      facts,
      ctx,
      (v) => OPEN.filter(([name, opens]) => isolationSetting(v, name) === opens).map(([name, opens, what]) => `isolation.tools.${name} = ${opens} (${what} allowed)`),
      'open',
      (v) => OPEN.map(([name]) => `isolation.tools.${name} ${isolationSetting(v, name) ?? 'default'}`).join(', '),
    );
  },
});
