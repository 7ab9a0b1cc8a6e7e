import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.firewall.profiles-enabled',
  title: 'Windows Defender Firewall is on in the Domain, Private and Public profiles',
  rationale: 'A profile with the firewall off accepts every inbound connection whenever the host is on a network of that category; attackers and worms reach every listening service.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.firewall'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, section 9 Windows Defender Firewall: 'Firewall state' = On (Domain, Private and Public profiles)",
    'Microsoft, Windows Firewall overview: https://learn.microsoft.com/windows/security/operating-system-security/network-security/windows-firewall/',
    'NIST SP 800-53 SC-7',
  ],
  remediation: 'Turn the firewall on for every profile: Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True, or by Group Policy (Computer Configuration > Windows Settings > Security Settings > Windows Defender Firewall with Advanced Security: Firewall state = On).',
  messages: { off: 'the {{profile}} profile has the firewall {{state}}' },
  evaluate({ 'windows.firewall': fw }, ctx) {
    return fw.profiles.map((p) => {
      const resource = { kind: 'FirewallProfile', name: p.name };
      if (p.enabled === 'True') return ctx.pass(undefined, undefined, { resource, evidence: 'Enabled = True' });
      if (p.enabled === 'NotConfigured') return ctx.pass(undefined, undefined, { resource, evidence: "Enabled = NotConfigured (Windows' default: on)" });
      if (p.enabled === 'False') return ctx.fail('off', { profile: p.name, state: 'off' }, { resource });
      return ctx.error(`the ${p.name} profile's Enabled value could not be read`, { resource });
    });
  },
});
