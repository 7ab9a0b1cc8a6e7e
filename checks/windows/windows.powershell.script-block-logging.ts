import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, shown } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.powershell.script-block-logging',
  title: 'PowerShell script block logging is on',
  rationale: 'Script block logging records the code PowerShell runs, after de-obfuscation, in event 4104: the evidence of most hands-on-keyboard intrusions on Windows.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Windows PowerShell: 'Turn on PowerShell Script Block Logging' = Enabled",
    'NSA/CISA and partners, Keeping PowerShell: Security Measures to Use and Embrace (2022)',
    'Microsoft, about_Logging_Windows: https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_logging_windows',
  ],
  remediation: 'Group Policy: Administrative Templates > Windows Components > Windows PowerShell > Turn on PowerShell Script Block Logging = Enabled (EnableScriptBlockLogging = 1).',
  messages: { off: 'script block logging is off ({{value}})' },
  evaluate({ 'windows.registry': reg }, ctx) {
    const v = regNumber(reg, REG.scriptBlockLogging);
    return v === 1 ? ctx.pass(undefined, undefined, { evidence: shown(REG.scriptBlockLogging, v) }) : ctx.fail('off', { value: shown(REG.scriptBlockLogging, v) });
  },
});
