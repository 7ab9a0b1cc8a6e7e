// NTLMv2 against the worked example of MS-NLMP section 4.2.4 (user "User", domain "Domain",
// password "Password", server challenge 0123456789abcdef, client challenge aa*8, time 0, random
// session key 55*16): the hashes, the proof, the key exchange, and GSS_WrapEx of "Plaintext" in
// both directions. Then a whole AUTHENTICATE message checked the way a server checks it.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateHash, channelBindings, signatureAlgorithmOid } from '../../src/transports/ntlm-cbt.js';
import { hmacMd5, md4Of, Rc4, rc4Once } from '../../src/transports/ntlm-crypto.js';
import { authenticateMessage, encodeAvPairs, negotiateMessage, ntlmv2Blob, ntlmv2Response, ntowfv2, parseAvPairs, parseChallenge, splitUser } from '../../src/transports/ntlm.js';
import { NtlmSession, sealKey, signKey } from '../../src/transports/ntlm-session.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const SERVER_CHALLENGE = hex('0123456789abcdef');
const CLIENT_CHALLENGE = Buffer.alloc(8, 0xaa);
const SESSION_KEY = Buffer.alloc(16, 0x55);
// MsvAvNbDomainName "Domain", MsvAvNbComputerName "Server", MsvAvEOL
const TARGET_INFO = hex('02000c0044006f006d00610069006e0001000c005300650072007600650072000000 0000');
const PLAINTEXT = Buffer.from('Plaintext', 'utf16le');

describe('NTLMv2 (MS-NLMP 4.2.4)', () => {
  it('RC4 and MD4 are the standard ones (RFC 6229 first keystream bytes; MD4 of the empty string, RFC 1320)', () => {
    expect(new Rc4(hex('0102030405')).update(Buffer.alloc(8)).toString('hex')).toBe('b2396305f03dc027');
    expect(md4Of(Buffer.alloc(0)).toString('hex')).toBe('31d6cfe0d16ae931b73c59d7e0c089c0');
  });

  it('NTOWFv2, the LMv2 and NTLMv2 responses and the session base key', () => {
    const key = ntowfv2('Password', 'User', 'Domain');
    expect(key.toString('hex')).toBe('0c868a403bfd7a93a3001ef22ef02e3f');
    const r = ntlmv2Response(key, SERVER_CHALLENGE, CLIENT_CHALLENGE, Buffer.alloc(8), TARGET_INFO, false);
    expect(r.lmChallengeResponse.toString('hex')).toBe('86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa');
    expect(r.ntProofStr.toString('hex')).toBe('68cd0ab851e51c96aabc927bebef6a1c');
    expect(r.sessionBaseKey.toString('hex')).toBe('8de40ccadbc14a82f15cb0ad0de95ca3');
    expect(ntlmv2Blob(Buffer.alloc(8), CLIENT_CHALLENGE, TARGET_INFO).toString('hex')).toBe(
      '0101000000000000' + '0000000000000000' + 'aaaaaaaaaaaaaaaa' + '00000000' + TARGET_INFO.toString('hex') + '00000000',
    );
    // the exported session key, RC4-encrypted under the key exchange key
    expect(rc4Once(r.sessionBaseKey, SESSION_KEY).toString('hex')).toBe('c5dad2544fc9799094ce1ce90bc9d03e');
  });

  it('session keys and GSS_WrapEx of "Plaintext", client to server and back', () => {
    expect(sealKey(SESSION_KEY, true).toString('hex')).toBe('59f600973cc4960a25480a7c196e4c58');
    expect(signKey(SESSION_KEY, true).toString('hex')).toBe('4788dc861b4782f35d43fd98fe1a2d39');
    const client = new NtlmSession(SESSION_KEY, 'client');
    const fromClient = client.seal(PLAINTEXT);
    expect(fromClient.sealed.toString('hex')).toBe('54e50165bf1936dc996020c1811b0f06fb5f');
    expect(fromClient.signature.toString('hex')).toBe('010000007fb38ec5c55d497600000000');
    const server = new NtlmSession(SESSION_KEY, 'server');
    expect(server.unseal(fromClient.sealed, fromClient.signature).equals(PLAINTEXT)).toBe(true);
    const fromServer = server.seal(PLAINTEXT);
    expect(fromServer.sealed.toString('hex')).toBe('160871b730ba74e946c453d7465b54278dd0');
    expect(fromServer.signature.toString('hex')).toBe('01000000b298b847ce7c580700000000');
    expect(client.unseal(fromServer.sealed, fromServer.signature).equals(PLAINTEXT)).toBe(true);
  });

  it('sequence numbers run on and a tampered message is refused', () => {
    const client = new NtlmSession(SESSION_KEY, 'client');
    const server = new NtlmSession(SESSION_KEY, 'server');
    for (let i = 0; i < 3; i++) {
      const m = client.seal(Buffer.from(`message ${i}`));
      expect(m.signature.readUInt32LE(12)).toBe(i);
      expect(server.unseal(m.sealed, m.signature).toString()).toBe(`message ${i}`);
    }
    const bad = client.seal(Buffer.from('pay 10'));
    bad.sealed[0]! ^= 1;
    expect(() => server.unseal(bad.sealed, bad.signature)).toThrow(/signature does not verify/);
  });

  it('an AUTHENTICATE message a server can verify: proof, key exchange and MIC', () => {
    const time = Buffer.alloc(8);
    time.writeBigUInt64LE(133_000_000_000_000_000n);
    const info = encodeAvPairs([...parseAvPairs(TARGET_INFO), { id: 7, value: time }]);
    const challengeMsg = Buffer.alloc(56);
    challengeMsg.write('NTLMSSP\0', 0, 'latin1');
    challengeMsg.writeUInt32LE(2, 8);
    challengeMsg.writeUInt32LE(0xe28a8233 >>> 0, 20);
    SERVER_CHALLENGE.copy(challengeMsg, 24);
    challengeMsg.writeUInt16LE(info.length, 40);
    challengeMsg.writeUInt32LE(56, 44);
    const raw = Buffer.concat([challengeMsg, info]);
    const negotiate = negotiateMessage();
    const a = authenticateMessage({ negotiate, challenge: parseChallenge(raw), user: 'User', domain: 'Domain', password: 'Password', workstation: 'computer', clientChallenge: CLIENT_CHALLENGE, exportedSessionKey: SESSION_KEY });
    const m = a.message;
    const field = (at: number): Buffer => m.subarray(m.readUInt32LE(at + 4), m.readUInt32LE(at + 4) + m.readUInt16LE(at));
    expect(field(28).toString('utf16le')).toBe('Domain');
    expect(field(36).toString('utf16le')).toBe('User');
    expect(field(44).toString('utf16le')).toBe('COMPUTER');
    // with a server timestamp: LMv2 is zeros, the blob carries the server's time and MsvAvFlags=2
    expect(field(12).equals(Buffer.alloc(24))).toBe(true);
    const nt = field(20);
    const blob = nt.subarray(16);
    expect(blob.subarray(8, 16).equals(time)).toBe(true);
    const pairs = parseAvPairs(blob.subarray(28));
    expect(pairs.find((p) => p.id === 6)?.value.readUInt32LE(0)).toBe(2);
    const key = ntowfv2('Password', 'User', 'Domain');
    expect(hmacMd5(key, SERVER_CHALLENGE, blob).equals(nt.subarray(0, 16))).toBe(true);
    const exported = rc4Once(hmacMd5(key, nt.subarray(0, 16)), field(52));
    expect(exported.equals(SESSION_KEY)).toBe(true);
    const zeroed = Buffer.from(m);
    zeroed.fill(0, 72, 88);
    expect(hmacMd5(exported, negotiate, raw, zeroed).equals(m.subarray(72, 88))).toBe(true);
  });

  it('refuses a server that offers no NTLMv2, and reads DOMAIN\\user', () => {
    const raw = Buffer.alloc(48);
    raw.write('NTLMSSP\0', 0, 'latin1');
    raw.writeUInt32LE(2, 8);
    raw.writeUInt32LE(0x00000201, 20);
    expect(() => authenticateMessage({ negotiate: negotiateMessage(), challenge: parseChallenge(raw), user: 'u', domain: '', password: 'p' })).toThrow(/offers no NTLMv2/);
    expect(() => parseChallenge(Buffer.from('HTTP/1.1 200'))).toThrow(/did not answer with an NTLM challenge/);
    expect(splitUser('EXAMPLE\\auditor')).toEqual({ domain: 'EXAMPLE', user: 'auditor' });
    expect(splitUser('auditor@example.internal')).toEqual({ domain: '', user: 'auditor@example.internal' });
  });
});

describe('channel binding (tls-server-end-point, RFC 5929)', () => {
  // an ECDSA P-384 certificate signed with SHA-384 and an RSA one with SHA-256: the hash follows the signature
  const cert = (dir: string, args: string[]): Buffer => {
    execFileSync('openssl', ['req', '-x509', '-nodes', '-days', '1', '-subj', '/CN=cbt', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), ...args], { stdio: 'pipe' });
    return new X509Certificate(readFileSync(join(dir, 'c.pem'))).raw;
  };
  const fingerprint = (der: Buffer, alg: string): string => new X509Certificate(der)[alg === 'sha256' ? 'fingerprint256' : 'fingerprint512'].replace(/:/g, '').toLowerCase();

  it('hashes with the certificate signature hash, and binds MD5 of the bindings structure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ztaudit-cbt-'));
    try {
      const ec = cert(dir, ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384', '-sha384']);
      expect(signatureAlgorithmOid(ec)).toBe('1.2.840.10045.4.3.3');
      expect(certificateHash(ec).toString('hex')).toBe(createHash('sha384').update(ec).digest('hex'));
      const rsa = cert(dir, ['-newkey', 'rsa:2048', '-sha512']);
      expect(signatureAlgorithmOid(rsa)).toBe('1.2.840.113549.1.1.13');
      expect(certificateHash(rsa).toString('hex')).toBe(fingerprint(rsa, 'sha512'));
      const sha1 = cert(dir, ['-newkey', 'rsa:2048', '-sha1']);
      expect(certificateHash(sha1).toString('hex')).toBe(fingerprint(sha1, 'sha256'));
      const app = Buffer.concat([Buffer.from('tls-server-end-point:'), createHash('sha384').update(ec).digest()]);
      const struct = Buffer.concat([Buffer.alloc(16), Buffer.from([app.length, 0, 0, 0]), app]);
      expect(channelBindings(ec).toString('hex')).toBe(createHash('md5').update(struct).digest('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
