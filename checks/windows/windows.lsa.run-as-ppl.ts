import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, shown, unreadableUnder } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.lsa.run-as-ppl',
  title: 'LSA runs as a protected process (RunAsPPL)',
  rationale: 'LSA protection stops non-protected processes, including administrators running Mimikatz, from reading LSASS memory or injecting code into it.',
  severity: 'medium',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'advanced',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    'Microsoft, Configure added LSA protection: https://learn.microsoft.com/windows-server/security/credentials-protection-and-management/configuring-additional-lsa-protection',
    "CIS Microsoft Windows Server 2022 Benchmark, MS Security Guide: 'Configure LSASS to run as a protected process' = Enabled with UEFI Lock",
    'NSA/CISA, Top Ten Cybersecurity Misconfigurations (2023): credential theft from LSASS',
  ],
  remediation: 'Set HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa RunAsPPL = 1 (UEFI-locked) or 2 (without lock), by Group Policy (System > Local Security Authority > Configure LSASS to run as a protected process) and reboot.',
  messages: { off: 'LSA protection is off ({{value}})' },
  evaluate({ 'windows.registry': reg }, ctx) {
    const v = regNumber(reg, REG.runAsPpl);
    if (v === 1 || v === 2) return ctx.pass(undefined, undefined, { evidence: shown(REG.runAsPpl, v) });
    const unreadable = unreadableUnder(reg, REG.runAsPpl);
    if (unreadable) return ctx.error(unreadable);
    return ctx.fail('off', { value: shown(REG.runAsPpl, v) });
  },
});
