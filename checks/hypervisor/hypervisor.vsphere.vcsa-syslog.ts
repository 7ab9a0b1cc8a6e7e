import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'hypervisor.vsphere.vcsa-syslog',
  title: 'The vCenter Server appliance forwards its logs to a remote syslog server',
  rationale: "vCenter's own logs record who logged in and what they changed across the whole inventory; kept only on the appliance they are lost with it, and can be erased by whoever controls it.",
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility & Analytics',
  stage: 'initial',
  targetKinds: ['vsphere'],
  facts: ['vsphere.appliance.syslog'],
  references: ['vSphere Automation API, appliance logging forwarding: https://developer.broadcom.com/xapis/vsphere-automation-api/latest/api/appliance/logging/forwarding/get', 'VMware vSphere Security Configuration Guide 8 (controls and audit-*-8.ps1): https://github.com/vmware/vcf-security-and-compliance-guidelines/tree/main/security-configuration-hardening-guide/vsphere/8.0', 'NIST SP 800-53 AU-4(1)', 'NIST SP 800-53 AU-9(2)'],
  remediation: 'In the appliance management interface (https://VCSA:5480) > Syslog > Configure: the collector, over TLS where it can; or PUT /api/appliance/logging/forwarding with [{"hostname": "syslog.example.internal", "port": 1514, "protocol": "TLS"}].',
  messages: { none: 'the vCenter Server appliance forwards its logs nowhere' },
  evaluate({ 'vsphere.appliance.syslog': s }, ctx) {
    if (s.forwarding.length === 0) return ctx.fail('none');
    return ctx.pass(undefined, undefined, { evidence: s.forwarding.map((f) => `${f.protocol} ${f.hostname}:${f.port}`).join(', ') });
  },
});
