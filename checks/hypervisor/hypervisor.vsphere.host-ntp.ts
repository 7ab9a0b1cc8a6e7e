import { defineCheck } from '../../src/engine/check.js';
import { perHost, service } from '../../src/kit/hypervisor/vsphere-kit.js';

export default defineCheck({
  id: 'hypervisor.vsphere.host-ntp',
  title: 'ESXi hosts keep time with NTP',
  rationale: 'Log correlation, certificate validity and Kerberos (Active Directory) logins all depend on a correct clock; a host without a time source drifts.',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.hosts'],
  references: ['VMware vSphere 6.5 ESXi STIG V-94519 (ESXI-65-100046): The ESXi host must synchronize internal information system clocks to the authoritative time source when the time difference is greater than one second', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 AU-8(1)'],
  remediation: 'host > Configure > System > Time Configuration > Edit: Use Network Time Protocol, with the site NTP servers, NTP service startup policy Start and stop with host; or Add-VMHostNTPServer and Set-VMHostService -Policy On for ntpd.',
  messages: { none: 'host {{name}}: {{detail}}' },
  evaluate({ 'vsphere.hosts': facts }, ctx) {
    return perHost(
      facts,
      ctx,
      (h) => {
        const ntpd = service(h, 'ntpd');
        return [...(h.ntpServers.length ? [] : ['no NTP server configured']), ...(ntpd && !ntpd.running ? ['the NTP daemon (ntpd) is not running'] : [])];
      },
      'none',
      (h) => `NTP servers ${h.ntpServers.join(', ')}`,
    );
  },
});
