import { defineCheck } from '../../src/engine/check.js';
import { REG, policyOr } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.rdp.tls',
  title: 'Remote Desktop uses the TLS security layer and high encryption',
  rationale: 'The native RDP security layer (SecurityLayer 0) does not authenticate the server, so a man in the middle can pose as it; low encryption levels leave the session readable.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Traffic Encryption',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Remote Desktop Session Host > Security: 'Require use of specific security layer for remote (RDP) connections' = SSL; 'Set client connection encryption level' = High Level",
    'Microsoft, Remote Desktop security layer (SecurityLayer, MinEncryptionLevel): https://learn.microsoft.com/troubleshoot/windows-server/remote/understanding-remote-desktop-protocol',
  ],
  remediation: 'Group Policy: Remote Desktop Session Host > Security > Require use of specific security layer = SSL (SecurityLayer = 2) and Set client connection encryption level = High Level (MinEncryptionLevel = 3); give the host a certificate from a CA clients trust.',
  messages: { weak: '{{what}}' },
  evaluate({ 'windows.registry': reg }, ctx) {
    if (policyOr(reg, REG.rdpDenyPolicy, REG.rdpDeny)?.value === 1) return ctx.notApplicable('Remote Desktop is disabled (fDenyTSConnections = 1)');
    const layer = policyOr(reg, REG.rdpSecurityLayerPolicy, REG.rdpSecurityLayer);
    const level = policyOr(reg, REG.rdpEncryptionPolicy, REG.rdpEncryption);
    const problems: string[] = [];
    if (layer?.value !== 2) problems.push(`SecurityLayer ${layer ? `= ${layer.value}` : 'not set'} (2, TLS, required)`);
    if ((level?.value ?? 0) < 3) problems.push(`MinEncryptionLevel ${level ? `= ${level.value}` : 'not set'} (3, High, required)`);
    return problems.length ? ctx.fail('weak', { what: problems.join('; ') }) : ctx.pass(undefined, undefined, { evidence: `SecurityLayer = 2, MinEncryptionLevel = ${level?.value}` });
  },
});
