import { defineCheck } from '../../src/engine/check.js';
import { AUDIT, REG, auditShortfall, regNumber } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.audit.process-creation',
  title: 'Process creation is audited with the command line',
  rationale: 'Event 4688 with its command line shows what an intruder ran (encoded PowerShell, LOLBins, credential dumpers); without the command line the event says little.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.auditpol', 'windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Advanced Audit Policy > Detailed Tracking: 'Audit Process Creation' = include Success; System > Audit Process Creation: 'Include command line in process creation events' = Enabled",
    'Microsoft, Command line process auditing: https://learn.microsoft.com/windows-server/identity/ad-ds/manage/component-updates/command-line-process-auditing',
  ],
  remediation: 'auditpol /set /subcategory:"Process Creation" /success:enable, and Group Policy System > Audit Process Creation > Include command line in process creation events = Enabled (ProcessCreationIncludeCmdLine_Enabled = 1).',
  messages: { short: '{{what}}' },
  evaluate({ 'windows.auditpol': a, 'windows.registry': reg }, ctx) {
    const short = [
      auditShortfall(a, AUDIT.processCreation, 'Process Creation', { success: true }),
      regNumber(reg, REG.processCmdLine) === 1 ? undefined : 'the command line is not included (ProcessCreationIncludeCmdLine_Enabled not 1)',
    ].filter((s): s is string => !!s);
    return short.length ? ctx.fail('short', { what: short.join('; ') }) : ctx.pass(undefined, undefined, { evidence: 'Process Creation: Success; ProcessCreationIncludeCmdLine_Enabled = 1' });
  },
});
