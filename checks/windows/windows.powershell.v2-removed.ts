import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.powershell.v2-removed',
  title: 'The PowerShell 2.0 engine is removed',
  rationale: 'powershell.exe -Version 2 runs without script block logging, AMSI or constrained language mode: attackers downgrade to it to evade every PowerShell defence.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.features'],
  references: [
    'NSA/CISA and partners, Keeping PowerShell: Security Measures to Use and Embrace (2022): remove PowerShell 2.0',
    'Microsoft, Windows PowerShell 2.0 deprecation: https://learn.microsoft.com/powershell/scripting/windows-powershell/install/windows-powershell-system-requirements',
  ],
  remediation: 'Uninstall-WindowsFeature PowerShell-V2 (Disable-WindowsOptionalFeature -Online -FeatureName MicrosoftWindowsPowerShellV2Root on a workstation).',
  messages: { installed: 'the {{feature}} feature is installed' },
  evaluate({ 'windows.features': f }, ctx) {
    const v2 = f.features.find((x) => /^(PowerShell-V2|MicrosoftWindowsPowerShellV2Root|MicrosoftWindowsPowerShellV2)$/i.test(x.name) && x.installed);
    return v2 ? ctx.fail('installed', { feature: v2.name }) : ctx.pass(undefined, undefined, { evidence: `PowerShell 2.0 not installed (${f.source})` });
  },
});
