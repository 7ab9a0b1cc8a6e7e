import { defineCheck } from '../../src/engine/check.js';
import { regNumber, schannelServer } from '../../src/kit/windows/check-kit.js';

/**
 * With no SCHANNEL value set, only SSL 2.0 is known off: it was removed from Schannel in Windows
 * 10 1607 / Windows Server 2016 (build 14393). SSL 3.0, TLS 1.0 and TLS 1.1 must be turned off
 * explicitly for a pass (TLS 1.0 and 1.1 are on by default in Windows Server 2022).
 */
const PROTOCOLS: readonly { name: string; offByDefaultFromBuild?: number }[] = [
  { name: 'SSL 2.0', offByDefaultFromBuild: 14393 },
  { name: 'SSL 3.0' },
  { name: 'TLS 1.0' },
  { name: 'TLS 1.1' },
];

export default defineCheck({
  id: 'windows.schannel.legacy-protocols',
  title: 'SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 are off in SCHANNEL (server side)',
  rationale: 'These protocol versions have practical attacks (POODLE, BEAST) and weak cipher suites; every service that uses SCHANNEL (RDP, IIS, WinRM over HTTPS, LDAPS, SQL Server) offers them until they are turned off.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Traffic Encryption',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry', 'windows.os'],
  references: [
    'Microsoft, Transport Layer Security (TLS) registry settings: https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
    'Microsoft, Secure Sockets Layer Protocol (SSL 2.0 removed from Windows 10 1607 and Windows Server 2016): https://learn.microsoft.com/windows/win32/secauthn/secure-sockets-layer-protocol',
    'NSA, Eliminating Obsolete Transport Layer Security (TLS) Protocol Configurations (2021)',
    'NIST SP 800-52 Rev. 2',
  ],
  remediation: 'For each of SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 set HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\<protocol>\\Server Enabled = 0 and DisabledByDefault = 1, make sure TLS 1.2 is on, and reboot.',
  messages: { on: '{{protocol}} is on for servers ({{why}})' },
  evaluate({ 'windows.registry': reg, 'windows.os': os }, ctx) {
    return PROTOCOLS.map((p) => {
      const resource = { kind: 'Protocol', name: p.name };
      const enabled = regNumber(reg, schannelServer(p.name, 'Enabled'));
      if (enabled === 0) return ctx.pass(undefined, undefined, { resource, evidence: 'Enabled = 0' });
      if (enabled === undefined && p.offByDefaultFromBuild !== undefined && os.build >= p.offByDefaultFromBuild) return ctx.pass(undefined, undefined, { resource, evidence: `not set: removed from Schannel on build ${os.build}` });
      return ctx.fail('on', { protocol: p.name, why: enabled === undefined ? `not turned off (Enabled not set) on build ${os.build}` : `Enabled = ${enabled}` }, { resource });
    });
  },
});
