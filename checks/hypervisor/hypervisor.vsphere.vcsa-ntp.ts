import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.vsphere.vcsa-ntp',
  title: 'The vCenter Server appliance keeps time with NTP or its host',
  rationale: "vCenter's logs, tokens and certificates depend on its clock; with time synchronization disabled the appliance drifts away from the hosts it manages.",
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.appliance.time'],
  references: ['vSphere Automation API, appliance timesync and ntp: https://developer.broadcom.com/xapis/vsphere-automation-api/latest/api/appliance/ntp/get', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 AU-8(1)'],
  remediation: 'In the appliance management interface (https://VCSA:5480) > Time > Time synchronization: NTP, with the site NTP servers; or PUT /api/appliance/ntp with the servers and PUT /api/appliance/timesync "NTP".',
  messages: { off: 'the vCenter Server appliance {{detail}}' },
  evaluate({ 'vsphere.appliance.time': t }, ctx) {
    const mode = t.mode.toUpperCase();
    if (mode === 'NTP' && t.servers.length) return ctx.pass(undefined, undefined, { evidence: `timesync NTP: ${t.servers.join(', ')}` });
    if (mode === 'HOST') return ctx.pass(undefined, undefined, { evidence: 'timesync HOST (VMware Tools, from the ESXi host it runs on)' });
    return ctx.fail('off', { detail: mode === 'NTP' ? 'synchronizes with NTP but names no server' : `has time synchronization ${mode || 'unset'}` });
  },
});
