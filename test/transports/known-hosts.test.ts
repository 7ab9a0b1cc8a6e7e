import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendKnownHost, checkHostKey, fingerprint, hostFieldMatches, keyTypeOfBlob, knownHostName, knownKeyTypes, parseKnownHosts, refusalReason } from '../../src/transports/known-hosts.js';

/** An ssh-ed25519 public key blob: string "ssh-ed25519", string 32-byte key. */
function ed25519Blob(): Buffer {
  const der = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
  const raw = der.subarray(der.length - 32);
  const str = (b: Buffer): Buffer => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return Buffer.concat([str(Buffer.from('ssh-ed25519')), str(raw)]);
}

/** A blob that only names a type (enough for parsing and matching, which compare bytes). */
const typedBlob = (type: string): Buffer => Buffer.concat([Buffer.from([0, 0, 0, type.length]), Buffer.from(type), Buffer.from([0, 0, 0, 4, 1, 2, 3, 4])]);

const A = ed25519Blob();
const B = ed25519Blob();
const b64 = (b: Buffer): string => b.toString('base64');
const hashed = (name: string): string => {
  const salt = Buffer.from('0123456789abcdef0123');
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
};

describe('known_hosts parsing', () => {
  it('reads plain, hashed and marked lines with 1-based line numbers; skips comments and malformed lines', () => {
    const text = [
      '# comment',
      '',
      `web1,web2 ssh-ed25519 ${b64(A)} comment here`,
      `${hashed('db')} ssh-ed25519 ${b64(B)}`,
      `@revoked * ssh-ed25519 ${b64(B)}`,
      `@cert-authority *.lab ssh-ed25519 ${b64(A)}`,
      `@bogus x ssh-ed25519 ${b64(A)}`,
      'broken line',
      `mismatch ssh-rsa ${b64(A)}`,
    ].join('\n');
    const entries = parseKnownHosts(text, 'kh');
    expect(entries.map((e) => [e.line, e.hosts.slice(0, 3), e.marker])).toEqual([
      [3, 'web', undefined],
      [4, '|1|', undefined],
      [5, '*', 'revoked'],
      [6, '*.l', 'cert-authority'],
    ]);
  });

  it('names hosts as OpenSSH stores them', () => {
    expect(knownHostName('h', 22)).toBe('h');
    expect(knownHostName('127.0.0.1', 2222)).toBe('[127.0.0.1]:2222');
  });

  it('gives the key type and the OpenSSH SHA256 fingerprint of a blob', () => {
    expect(keyTypeOfBlob(A)).toBe('ssh-ed25519');
    expect(keyTypeOfBlob(Buffer.from([0, 0, 1]))).toBeUndefined();
    expect(fingerprint(A)).toBe(`SHA256:${createHash('sha256').update(A).digest('base64').replace(/=+$/, '')}`);
    expect(fingerprint(A)).not.toContain('=');
  });
});

describe('host field matching', () => {
  it.each([
    ['web1,web2', 'web2', true],
    ['WEB1', 'web1', true],
    ['web*', 'web-9', true],
    ['web?', 'web', false],
    ['web?', 'web1', true],
    ['*.lab,!db.lab', 'db.lab', false],
    ['*.lab,!db.lab', 'app.lab', true],
    ['!db.lab', 'app.lab', false],
    ['[10.0.0.1]:2222', '[10.0.0.1]:2222', true],
    ['10.0.0.1', '[10.0.0.1]:2222', false],
    ['[10.0.0.*]:2222', '[10.0.0.7]:2222', true],
  ])('%s vs %s -> %s', (field, name, want) => {
    expect(hostFieldMatches(field, name)).toBe(want);
  });

  it('matches hashed entries by HMAC-SHA1 of the host string', () => {
    expect(hostFieldMatches(hashed('[h]:2222'), '[h]:2222')).toBe(true);
    expect(hostFieldMatches(hashed('[h]:2222'), 'h')).toBe(false);
    expect(hostFieldMatches('|1|bad', 'h')).toBe(false);
  });
});

describe('host key check', () => {
  const file = (lines: string[]) => parseKnownHosts(lines.join('\n'), 'kh');

  it('accepts the listed key, also through a hashed entry', () => {
    expect(checkHostKey(file([`h ssh-ed25519 ${b64(B)}`, `h ssh-ed25519 ${b64(A)}`]), 'h', 22, A)).toMatchObject({ status: 'ok', entry: { line: 2 } });
    expect(checkHostKey(file([`${hashed('[h]:2200')} ssh-ed25519 ${b64(A)}`]), 'h', 2200, A).status).toBe('ok');
  });

  it('is unknown when no line names the host (a port-22 entry does not cover another port)', () => {
    expect(checkHostKey(file([`h ssh-ed25519 ${b64(A)}`]), 'h', 2200, A).status).toBe('unknown');
    expect(checkHostKey([], 'h', 22, A).status).toBe('unknown');
  });

  it('is changed when the host is listed with another key, and names that line', () => {
    const check = checkHostKey(file(['# c', `h ssh-ed25519 ${b64(B)}`]), 'h', 22, A);
    expect(check).toMatchObject({ status: 'changed', entry: { line: 2 } });
    expect(refusalReason(check, 'h', 22, A, '/x/kh')).toBe(`host key for h CHANGED: offered ssh-ed25519 ${fingerprint(A)}, kh line 2 has another key: refusing (possible man-in-the-middle)`);
  });

  it('refuses a revoked key for any host, before any accepting line', () => {
    const check = checkHostKey(file([`h ssh-ed25519 ${b64(A)}`, `@revoked other ssh-ed25519 ${b64(A)}`]), 'h', 22, A);
    expect(check).toMatchObject({ status: 'revoked', entry: { line: 2 } });
    expect(refusalReason(check, 'h', 22, A, 'kh')).toMatch(/^host key for h is REVOKED \(ssh-ed25519 SHA256:.+, kh line 2\): refusing$/);
  });

  it('never takes a @cert-authority line as a match', () => {
    expect(checkHostKey(file([`@cert-authority h ssh-ed25519 ${b64(A)}`]), 'h', 22, A).status).toBe('unknown');
  });

  it('words the unknown-key refusal with the file to edit', () => {
    expect(refusalReason({ status: 'unknown' }, '127.0.0.1', 2222, A, '/etc/kh')).toBe(
      `host key for [127.0.0.1]:2222 is not known (ssh-ed25519 ${fingerprint(A)}); add it to /etc/kh or run with --ssh-accept-new`,
    );
  });

  it('lists the key types known for a host, to ask the server for those first', () => {
    const entries = file([`h ecdsa-sha2-nistp256 ${b64(typedBlob('ecdsa-sha2-nistp256'))}`, `h ssh-ed25519 ${b64(A)}`, `h,x ssh-ed25519 ${b64(B)}`, `x ssh-rsa ${b64(typedBlob('ssh-rsa'))}`]);
    expect(knownKeyTypes(entries, 'h', 22)).toEqual(['ecdsa-sha2-nistp256', 'ssh-ed25519']);
    // a listed ecdsa key but an offered ed25519 one that is not listed: changed, naming the same-type line
    expect(checkHostKey(entries, 'x', 22, A)).toMatchObject({ status: 'changed', entry: { line: 3 } });
    expect(refusalReason(checkHostKey(entries, 'x', 22, typedBlob('ecdsa-sha2-nistp256')), 'x', 22, typedBlob('ecdsa-sha2-nistp256'), 'kh')).toContain('kh line 3 has a ssh-ed25519 key');
  });
});

describe('appending', () => {
  it('creates the folder 0700 and the file 0600, and starts a new line after a file without a final newline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-kh-'));
    const path = join(dir, 'a', 'known_hosts');
    await appendKnownHost(path, '10.1.2.3', 22, A);
    await appendKnownHost(path, '10.1.2.3', 2222, B);
    expect(readFileSync(path, 'utf8')).toBe(`10.1.2.3 ssh-ed25519 ${b64(A)}\n[10.1.2.3]:2222 ssh-ed25519 ${b64(B)}\n`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'a')).mode & 0o777).toBe(0o700);
    const other = join(dir, 'kh2');
    writeFileSync(other, `h ssh-ed25519 ${b64(B)}`);
    await appendKnownHost(other, 'h2', 22, A);
    expect(parseKnownHosts(readFileSync(other, 'utf8'), other).map((e) => e.hosts)).toEqual(['h', 'h2']);
  });
});
