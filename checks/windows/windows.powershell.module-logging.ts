import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, regValue, shown } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.powershell.module-logging',
  title: 'PowerShell module logging is on for every module',
  rationale: 'Module logging records pipeline execution details (event 4103), including the parameters of each cmdlet, which script block logging alone does not keep.',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    'NSA/CISA and partners, Keeping PowerShell: Security Measures to Use and Embrace (2022): enable module logging',
    'Microsoft, about_Group_Policy_Settings (Turn on Module Logging): https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_group_policy_settings',
  ],
  remediation: 'Group Policy: Windows Components > Windows PowerShell > Turn on Module Logging = Enabled, with the module name * (EnableModuleLogging = 1 and a value named * under ModuleLogging\\ModuleNames).',
  messages: { off: '{{what}}' },
  evaluate({ 'windows.registry': reg }, ctx) {
    const v = regNumber(reg, REG.moduleLogging);
    if (v !== 1) return ctx.fail('off', { what: `module logging is off (${shown(REG.moduleLogging, v)})` });
    const names = regValue(reg, REG.moduleNames);
    const list = Array.isArray(names) ? names : typeof names === 'string' ? [names] : [];
    if (!list.includes('*')) return ctx.fail('off', { what: `module logging covers only ${list.length ? list.join(', ') : 'no module'} (ModuleNames lacks *)` });
    return ctx.pass(undefined, undefined, { evidence: 'EnableModuleLogging = 1, ModuleNames = *' });
  },
});
