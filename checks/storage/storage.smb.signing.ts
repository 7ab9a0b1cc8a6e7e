import { defineCheck } from '../../src/engine/check.js';
import { isRequired, smbOrigin } from '../../src/kit/storage/check-kit.js';

export default defineCheck({
  id: 'storage.smb.signing',
  title: 'Samba requires SMB signing (server signing = mandatory)',
  rationale: 'Unless signing is mandatory a man in the middle can strip it and relay or alter SMB traffic (NTLM relay). Required SMB3 encryption protects integrity as well and also satisfies this check.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Data Encryption',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['storage.smb'],
  references: ['smb.conf(5): server signing', 'NIST SP 800-53 SC-8(1)', 'NIST SP 800-209 (Security Guidelines for Storage Infrastructure): data-in-transit protection'],
  remediation: 'Set "server signing = mandatory" in [global] of /etc/samba/smb.conf (or "server smb encrypt = required", which implies integrity) and reload smbd.',
  messages: { notMandatory: 'server signing is {{value}} ({{origin}}): clients may connect unsigned', ok: 'server signing is {{value}}', encrypted: 'server smb encrypt = required covers integrity (server signing is {{value}})' },
  evaluate({ 'storage.smb': smb }, ctx) {
    const value = smb.global['server signing'] ?? 'default';
    if (isRequired(value)) return ctx.pass('ok', { value });
    if (isRequired(smb.global['server smb encrypt'])) return ctx.pass('encrypted', { value });
    return ctx.fail('notMandatory', { value, origin: smbOrigin(smb, 'server signing') }, { evidence: smb.file });
  },
});
