import { defineCheck } from '../../src/engine/check.js';

/** Daemons of protocols that send credentials in clear or trust the network address. */
const PROGRAMS = ['in.telnetd', 'telnetd', 'in.rshd', 'in.rlogind', 'in.rexecd', 'in.tftpd', 'in.talkd', 'talkd', 'xinetd', 'inetd', 'ypserv'];
const UNITS = ['telnet.socket', 'telnetd.service', 'rsh.socket', 'rlogin.socket', 'rexec.socket', 'tftp.socket', 'tftpd-hpa.service', 'xinetd.service', 'openbsd-inetd.service', 'inetutils-inetd.service', 'ypserv.service', 'talk.socket'];

export default defineCheck({
  id: 'linux.services.legacy-cleartext',
  title: 'No clear-text legacy remote services (telnet, rsh, rlogin, tftp, inetd, NIS)',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'traditional',
  targetKinds: ['linux'],
  facts: ['linux.services'],
  references: ['CIS Debian Linux 12 v1.1.0 2.1.x (server services not in use)', 'CIS Distribution Independent Linux v2.0.0 2.1.1', 'NIST SP 800-53 CM-7'],
  remediation: 'apt-get purge telnetd rsh-server tftpd-hpa xinetd openbsd-inetd nis (or disable and mask the units); use SSH and SFTP instead.',
  messages: { installed: '{{name}} is installed', enabled: '{{name}} is enabled' },
  evaluate({ 'linux.services': svc }, ctx) {
    const out = [
      ...PROGRAMS.filter((p) => svc.installed.includes(p)).map((p) => ctx.fail('installed', { name: p }, { resource: { kind: 'program', name: p } })),
      ...UNITS.filter((u) => svc.enabled.includes(u)).map((u) => ctx.fail('enabled', { name: u }, { resource: { kind: 'unit', name: u } })),
    ];
    return out.length > 0 ? out : ctx.pass();
  },
});
