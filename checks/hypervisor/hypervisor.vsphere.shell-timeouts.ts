import { defineCheck } from '../../src/engine/check.js';
import { perHost, seconds } from '../../src/kit/hypervisor/vsphere-kit.js';

/** The STIG's limits, in seconds: shell services stop after 10 minutes, idle sessions end after 15. */
const LIMITS = [
  ['UserVars.ESXiShellTimeOut', 600, 'shell services are never stopped'],
  ['UserVars.ESXiShellInteractiveTimeOut', 900, 'idle shell sessions never end'],
] as const;

export default defineCheck({
  id: 'hypervisor.vsphere.shell-timeouts',
  title: 'ESXi Shell and SSH stop on their own and idle shell sessions end',
  rationale: 'A shell or SSH service switched on for a task and forgotten stays open indefinitely, as does an idle root session: both timeouts default to 0, never.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.hosts'],
  references: ['VMware vSphere 8.0 ESXi STIG V-258756 (ESXI-80-000195): The ESXi host must automatically stop shell services after 10 minutes', 'VMware vSphere 8.0 ESXi STIG V-258739 (ESXI-80-000068): The ESXi host must set a timeout to automatically end idle shell sessions after fifteen minutes', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 AC-12', 'NIST SP 800-53 SC-10'],
  remediation: 'Set the advanced options UserVars.ESXiShellTimeOut = 600 and UserVars.ESXiShellInteractiveTimeOut = 900 (or less, not 0): host > Configure > System > Advanced System Settings, or Get-AdvancedSetting -Name UserVars.ESXiShellTimeOut | Set-AdvancedSetting -Value 600.',
  messages: { unset: 'host {{name}}: {{detail}}' },
  evaluate({ 'vsphere.hosts': facts }, ctx) {
    return perHost(
      facts,
      ctx,
      (h) =>
        LIMITS.flatMap(([key, max, meaning]) => {
          const s = seconds(h, key);
          if (s === undefined) return [`${key} = "${h.options[key] ?? ''}" is not a number of seconds`];
          if (s === 0) return [`${key} is 0 (${meaning})`];
          return s > max ? [`${key} is ${s} s (at most ${max})`] : [];
        }),
      'unset',
      (h) => LIMITS.map(([key]) => `${key} = ${seconds(h, key) ?? ''}`).join(', '),
    );
  },
});
