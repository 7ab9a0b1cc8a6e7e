import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber } from '../../src/kit/windows/check-kit.js';

const BACKUP = { 1: 'Microsoft Entra ID', 2: 'Active Directory' } as const;

export default defineCheck({
  id: 'windows.accounts.laps',
  title: 'LAPS manages the local administrator password',
  rationale: 'Without LAPS, local administrator passwords are set once and usually shared across servers: one cracked hash opens every host (pass-the-hash lateral movement).',
  severity: 'high',
  pillar: 'identity',
  function: 'Authentication',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    'Microsoft, Windows LAPS overview: https://learn.microsoft.com/windows-server/identity/laps/laps-overview',
    "CIS Microsoft Windows Server 2022 Benchmark, System > LAPS: 'Configure password backup directory' = Enabled: Active Directory or Microsoft Entra ID",
    'NSA/CISA, Top Ten Cybersecurity Misconfigurations (2023): shared local administrator credentials',
  ],
  remediation: 'Configure Windows LAPS (Group Policy: System > LAPS > Configure password backup directory = Active Directory or Microsoft Entra ID; BackupDirectory 1 or 2), or the legacy Microsoft LAPS client with AdmPwdEnabled = 1.',
  messages: { missing: '{{what}}' },
  evaluate({ 'windows.registry': reg }, ctx) {
    for (const name of [REG.lapsPolicy, REG.lapsCsp]) {
      const v = regNumber(reg, name);
      if (v === 1 || v === 2) return ctx.pass(undefined, undefined, { evidence: `Windows LAPS backs the password up to ${BACKUP[v]} (${name.split('\\').slice(-3).join('\\')} = ${v})` });
    }
    if (regNumber(reg, REG.lapsLegacy) === 1) return ctx.pass(undefined, undefined, { evidence: 'legacy Microsoft LAPS: AdmPwdEnabled = 1' });
    const disabled = [REG.lapsPolicy, REG.lapsCsp].some((n) => regNumber(reg, n) === 0);
    return ctx.fail('missing', { what: disabled ? 'Windows LAPS is configured with BackupDirectory = 0 (disabled)' : 'no Windows LAPS or legacy LAPS policy is configured' });
  },
});
