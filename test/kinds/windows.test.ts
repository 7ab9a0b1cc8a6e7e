// Windows targets from --winrm and from an inventory: where the user and password come from, and
// what is refused with exit 2 before anything is sent (plain http:// without NTLM, a password on
// the command line, an unknown authentication).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/errors.js';
import { loadInventory } from '../../src/inventory/load.js';
import { KINDS } from '../../src/kinds/registry.js';
import { TransportError } from '../../src/transports/types.js';
import { winrmOptionsFor, winrmUrl } from '../../src/transports/winrm-options.js';

const fromFlags = (f: Record<string, unknown>) => KINDS.windows.fromFlags(f);

describe('--winrm', () => {
  it('user from the URL, password by reference to ZTAUDIT_WINRM_PASSWORD, NTLM by default', () => {
    const [t] = fromFlags({ winrm: ['https://EXAMPLE%5Cauditor@dc-1.example.internal:5986'] });
    expect(t).toEqual({
      id: 'windows:dc-1.example.internal:5986',
      kind: 'windows',
      name: 'dc-1.example.internal',
      address: 'https://dc-1.example.internal:5986',
      options: { transport: 'winrm', auth: 'ntlm', user: 'EXAMPLE\\auditor', credentials: { password: { env: 'ZTAUDIT_WINRM_PASSWORD' } } },
    });
    const o = winrmOptionsFor(t!, { ZTAUDIT_WINRM_PASSWORD: 'pw' });
    expect(o).toEqual({ url: 'https://dc-1.example.internal:5986/wsman', auth: 'ntlm', user: 'EXAMPLE\\auditor', password: 'pw' });
    // no user in the URL: ZTAUDIT_WINRM_USER
    const [u] = fromFlags({ winrm: ['https://dc-2:5986'], winrmAuth: 'basic' });
    expect(winrmOptionsFor(u!, { ZTAUDIT_WINRM_USER: 'svc-audit', ZTAUDIT_WINRM_PASSWORD: 'pw' })).toMatchObject({ user: 'svc-audit', auth: 'basic', url: 'https://dc-2:5986/wsman' });
  });

  it('missing user or password: the target is unreachable with where to give them (never the value)', () => {
    const [t] = fromFlags({ winrm: ['https://dc-2:5986'] });
    expect(() => winrmOptionsFor(t!, { ZTAUDIT_WINRM_PASSWORD: 'pw' })).toThrow(new TransportError("no user name for WinRM: give the inventory user:, the --winrm URL's user@ part, or ZTAUDIT_WINRM_USER"));
    expect(() => winrmOptionsFor(t!, { ZTAUDIT_WINRM_USER: 'a' })).toThrow(/credentials\.password: environment variable ZTAUDIT_WINRM_PASSWORD is not set/);
  });

  it('plain http:// is accepted with NTLM (sealed) and refused otherwise, in one line', () => {
    expect(fromFlags({ winrm: ['http://dc-1:5985'] })[0]!.options.auth).toBe('ntlm');
    const err = (() => {
      try {
        fromFlags({ winrm: ['http://dc-1:5985'], winrmAuth: 'basic' });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect(err!.message).toBe(
      '--winrm http://dc-1:5985: WinRM over plain http:// carries messages only sealed with NTLM, and basic authentication cannot seal them (the password and every answer would cross the network in clear): use https://HOST:5986, or NTLM',
    );
    expect(err!.message).not.toMatch(/AllowUnencrypted/i);
  });

  it('a password on the command line, an unknown scheme or authentication are usage errors', () => {
    expect(() => fromFlags({ winrm: ['https://auditor:hunter2@dc-1:5986'] })).toThrow(/a password does not go on the command line; set ZTAUDIT_WINRM_PASSWORD/);
    expect(() => fromFlags({ winrm: ['https://auditor:hunter2@dc-1:5986'] })).not.toThrow(/hunter2/);
    expect(() => fromFlags({ winrm: ['ftp://dc-1'] })).toThrow(/bad --winrm URL/);
    expect(() => fromFlags({ winrm: ['https://dc-1:5986'], winrmAuth: 'kerberos' })).toThrow('bad --winrm-auth "kerberos" (expected ntlm or basic)');
  });

  it('an inventory address may be a URL, host or host:port', () => {
    expect(winrmUrl('dc-1')).toBe('https://dc-1:5986/wsman');
    expect(winrmUrl('dc-1', 443)).toBe('https://dc-1/wsman');
    expect(winrmUrl('dc-1:15986')).toBe('https://dc-1:15986/wsman');
    expect(winrmUrl('http://dc-1:5985')).toBe('http://dc-1:5985/wsman');
    expect(winrmUrl('https://dc-1:5986/custom')).toBe('https://dc-1:5986/custom');
  });
});

describe('inventory windows targets', () => {
  const load = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-inv-'));
    try {
      writeFileSync(join(dir, 'inv.yaml'), yaml);
      writeFileSync(join(dir, 'ca.pem'), 'x');
      return loadInventory(join(dir, 'inv.yaml'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('user, password reference, CA and authentication reach the endpoint', () => {
    const inv = load('targets:\n  - name: dc-1\n    kind: windows\n    address: https://dc-1:5986\n    user: EXAMPLE\\auditor\n    ca: ca.pem\n    credentials:\n      password: {env: DC1_PASSWORD}\n    options: {auth: basic}\n');
    const o = winrmOptionsFor(inv.targets[0]!, { DC1_PASSWORD: 'pw' });
    expect(o).toMatchObject({ url: 'https://dc-1:5986/wsman', auth: 'basic', user: 'EXAMPLE\\auditor', password: 'pw' });
    expect(o.caFile).toMatch(/ca\.pem$/);
  });

  it('plain http with Basic is refused when the inventory loads', () => {
    expect(() => load('targets:\n  - name: dc-1\n    kind: windows\n    address: http://dc-1:5985\n    options: {auth: basic}\n')).toThrow(/target dc-1: WinRM over plain http:\/\/ carries messages only sealed with NTLM/);
    expect(load('targets:\n  - name: dc-1\n    kind: windows\n    address: http://dc-1:5985\n').targets[0]!.options.transport).toBe('winrm');
  });
});
