import { defineCheck } from '../../src/engine/check.js';

const NO_LOGIN = /(\/nologin|\/false|^\/bin\/sync$|^\/sbin\/shutdown$|^\/sbin\/halt$|^$)/;

export default defineCheck({
  id: 'linux.accounts.system-accounts-locked',
  title: 'System accounts cannot log in (no shell, no usable password)',
  rationale: 'Service accounts exist to own files and processes; a login shell or a password turns them into unmonitored ways in.',
  severity: 'high',
  pillar: 'identity',
  function: 'Access Management',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.accounts'],
  references: ['CIS Debian Linux 12 v1.1.0 5.4.2.7', 'CIS Debian Linux 12 v1.1.0 5.4.2.8', 'NIST SP 800-53 AC-2'],
  remediation: 'usermod -s /usr/sbin/nologin NAME and usermod -L NAME for each system account (UID below UID_MIN) other than root.',
  messages: {
    loginShell: '{{name}} (UID {{uid}}) has the login shell {{shell}}',
    password: '{{name}} (UID {{uid}}) has a {{state}} password',
  },
  evaluate({ 'linux.accounts': facts }, ctx) {
    const system = facts.accounts.filter((a) => a.uid > 0 && a.uid < facts.uidMin && a.name !== 'root');
    const out = [];
    for (const a of system) {
      const resource = { kind: 'account', name: a.name };
      if (!NO_LOGIN.test(a.shell)) out.push(ctx.fail('loginShell', { name: a.name, uid: a.uid, shell: a.shell }, { resource }));
      else if (a.password === 'set' || a.password === 'empty') out.push(ctx.fail('password', { name: a.name, uid: a.uid, state: a.password === 'set' ? 'usable' : 'empty' }, { resource }));
      else if (!facts.shadowReadable) out.push(ctx.error(`${a.name}: password state unknown (${facts.shadowReason ?? '/etc/shadow not readable'})`, { resource }));
      else out.push(ctx.pass(undefined, undefined, { resource }));
    }
    return out;
  },
});
