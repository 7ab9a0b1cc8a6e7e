import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.firewall.inbound-default-block',
  title: 'Every firewall profile blocks inbound connections by default',
  rationale: 'With DefaultInboundAction Allow, any port a service opens is reachable without a rule naming it: the firewall no longer denies by default.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.firewall'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, section 9 Windows Defender Firewall: 'Inbound connections' = Block (default) (Domain, Private and Public profiles)",
    'Microsoft, Set-NetFirewallProfile: https://learn.microsoft.com/powershell/module/netsecurity/set-netfirewallprofile',
    'NIST SP 800-207 tenet 6; NIST SP 800-53 SC-7(5)',
  ],
  remediation: 'Set-NetFirewallProfile -Profile Domain,Private,Public -DefaultInboundAction Block (or the Group Policy setting Inbound connections = Block), and allow only the services the host offers with explicit rules.',
  messages: { allow: 'the {{profile}} profile allows inbound connections by default' },
  evaluate({ 'windows.firewall': fw }, ctx) {
    return fw.profiles.map((p) => {
      const resource = { kind: 'FirewallProfile', name: p.name };
      if (p.defaultInboundAction === 'Block') return ctx.pass(undefined, undefined, { resource, evidence: 'DefaultInboundAction = Block' });
      if (p.defaultInboundAction === 'NotConfigured') return ctx.pass(undefined, undefined, { resource, evidence: "DefaultInboundAction = NotConfigured (Windows' default: Block)" });
      if (p.defaultInboundAction === 'Allow') return ctx.fail('allow', { profile: p.name }, { resource, evidence: 'DefaultInboundAction = Allow' });
      return ctx.error(`the ${p.name} profile's DefaultInboundAction could not be read`, { resource });
    });
  },
});
