import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJumpList, readSshConfig, resolveSshConfig } from '../../src/transports/ssh-config.js';

const opts = { home: '/home/u', localUser: 'me', readText: (): undefined => undefined };

describe('ssh config resolution', () => {
  it('resolves an alias: HostName, User, Port, IdentityFile with ~ and tokens', async () => {
    const text = ['Host web', '  HostName 10.0.0.5', '  User=admin', '  Port 2200', '  IdentityFile ~/.ssh/id_%h_%r_%p_%u_%%', '  IdentityFile "/keys/with space"', ''].join('\n');
    expect(await resolveSshConfig(text, 'web', opts)).toEqual({
      hostName: '10.0.0.5',
      user: 'admin',
      port: 2200,
      identityFiles: ['/home/u/.ssh/id_10.0.0.5_admin_2200_me_%', '/keys/with space'],
    });
  });

  it('says the user and port given outside the config in %r and %p', async () => {
    const c = await resolveSshConfig('Host web\n  User cfg\n  IdentityFile /k/%r@%p\n', 'web', { ...opts, user: 'inv', port: 2022 });
    expect(c.identityFiles).toEqual(['/k/inv@2022']);
  });

  it('keeps the first value obtained; IdentityFile accumulates in order', async () => {
    const text = ['Host web', '  User first', '  IdentityFile /a', 'Host *', '  User second', '  Port 22', '  IdentityFile /b', ''].join('\n');
    const c = await resolveSshConfig(text, 'web', opts);
    expect(c.user).toBe('first');
    expect(c.port).toBe(22);
    expect(c.identityFiles).toEqual(['/a', '/b']);
  });

  it('applies top-level options before any Host line, to every host', async () => {
    expect((await resolveSshConfig('User everyone\nHost x\n  User xuser\n', 'y', opts)).user).toBe('everyone');
  });

  it('matches Host patterns with wildcards, ? and negation, ignoring case', async () => {
    const text = ['Host *.lab !db.lab', '  User labber', 'Host n?', '  Port 1022', ''].join('\n');
    expect((await resolveSshConfig(text, 'app.lab', opts)).user).toBe('labber');
    expect((await resolveSshConfig(text, 'APP.LAB', opts)).user).toBe('labber');
    expect((await resolveSshConfig(text, 'db.lab', opts)).user).toBeUndefined();
    expect((await resolveSshConfig(text, 'n1', opts)).port).toBe(1022);
    expect((await resolveSshConfig(text, 'n', opts)).port).toBeUndefined();
  });

  it('skips Match blocks (and runs no Match exec)', async () => {
    const text = ['Match exec "touch /tmp/ztaudit-should-not-exist"', '  User matched', 'Match all', '  Port 9', 'Host *', '  User plain', ''].join('\n');
    const c = await resolveSshConfig(text, 'h', opts);
    expect(c.user).toBe('plain');
    expect(c.port).toBeUndefined();
  });

  it('expands %h in HostName and keeps ProxyJump, IdentityAgent, UserKnownHostsFile; drops ProxyJump none', async () => {
    const text = ['Host *.corp', '  HostName %h.example.net', '  ProxyJump bastion', '  IdentityAgent ~/agent.sock', '  UserKnownHostsFile ~/kh1 /etc/kh2', 'Host direct', '  ProxyJump none', ''].join('\n');
    expect(await resolveSshConfig(text, 'a.corp', opts)).toEqual({
      hostName: 'a.corp.example.net',
      proxyJump: 'bastion',
      identityAgent: '/home/u/agent.sock',
      userKnownHostsFiles: ['/home/u/kh1', '/etc/kh2'],
      identityFiles: [],
    });
    expect((await resolveSshConfig(text, 'direct', opts)).proxyJump).toBeUndefined();
  });

  it('rejects a bad Port', async () => {
    await expect(resolveSshConfig('Port ssh\n', 'h', opts)).rejects.toThrow('ssh config: bad Port "ssh" for h');
  });

  it('follows Include (relative to ~/.ssh, with a wildcard), only where the including block applies', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ztaudit-sshcfg-'));
    mkdirSync(join(home, '.ssh', 'conf.d'), { recursive: true });
    writeFileSync(join(home, '.ssh', 'conf.d', '10-web.conf'), 'Host web\n  HostName 10.9.9.9\n');
    writeFileSync(join(home, '.ssh', 'conf.d', '20-all.conf'), 'Host *\n  User fromdir\n');
    writeFileSync(join(home, '.ssh', 'only-db'), 'Port 5555\n');
    const cfg = join(home, '.ssh', 'config');
    writeFileSync(cfg, 'Include conf.d/*.conf\nHost db\n  Include only-db\n');
    const web = await readSshConfig(cfg, 'web', { home, localUser: 'me' });
    expect(web).toMatchObject({ hostName: '10.9.9.9', user: 'fromdir' });
    expect(web.port).toBeUndefined();
    expect((await readSshConfig(cfg, 'db', { home, localUser: 'me' })).port).toBe(5555);
    expect(await readSshConfig(join(home, 'missing'), 'x', { home })).toEqual({ identityFiles: [] });
  });
});

describe('ProxyJump syntax', () => {
  it('parses user@host:port lists, ssh:// and [v6]:port', () => {
    expect(parseJumpList('a, ops@b:2222,ssh://c:22,[::1]:2200,d@[fe80::1]')).toEqual([
      { host: 'a' },
      { host: 'b', user: 'ops', port: 2222 },
      { host: 'c', port: 22 },
      { host: '::1', port: 2200 },
      { host: 'fe80::1', user: 'd' },
    ]);
    expect(() => parseJumpList('h:99999')).toThrow('bad jump host "h:99999"');
  });
});
