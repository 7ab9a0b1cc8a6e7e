// A local WinRM listener for the transport tests, 127.0.0.1 only: HTTPS with a throwaway CA, or
// plain HTTP with NTLM sealing. It does the server's half of Basic and of NTLMv2 (the challenge,
// the check of the client's NTLMv2 proof and MIC against a known password, the session keys),
// opens sealed requests and seals its answers, and hands each request's SOAP text to `answer`,
// which replays the recorded messages. Unauthenticated requests get the real 401 of a Windows
// listener (fixtures/winrm/http-401-response-headers.txt).
import { randomBytes, timingSafeEqual, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hmacMd5, md4Of, rc4Once } from '../../src/transports/ntlm-crypto.js';
import { encodeAvPairs, parseAvPairs } from '../../src/transports/ntlm.js';
import { channelBindings } from '../../src/transports/ntlm-cbt.js';
import { NtlmSession } from '../../src/transports/ntlm-session.js';
import { unsealMultipart } from '../../src/transports/winrm-http.js';
import { makePki, type Pki } from './pki.js';

export interface SoapAnswer {
  status?: number;
  xml: string;
}

export interface WinrmServerOptions {
  scheme: 'https' | 'http';
  auth: 'basic' | 'ntlm';
  user: string;
  password: string;
  /** the NTLM domain the client must name (default: none) */
  domain?: string;
  selfSigned?: boolean;
  /** close the connection after answering the n-th SOAP request (0-based): the next one must authenticate again */
  dropAfter?: number;
  /** CbtHardeningLevel: 'strict' refuses an NTLM proof over TLS without the right channel binding; by default (Relaxed) a binding sent must match */
  cbt?: 'strict' | 'relaxed';
  /** the NegotiateFlags of the server's CHALLENGE (default: what Windows offers) */
  challengeFlags?: number;
  /** reuse a PKI (making one costs openssl key generation) */
  pki?: Pki;
  answer: (xml: string, index: number) => SoapAnswer | Promise<SoapAnswer>;
}

export interface WinrmTestServer {
  url: string;
  pki?: Pki;
  /** the SOAP text of each request, as the server read it (after unsealing) */
  requests: string[];
  /** each request body as it crossed the network */
  wire: Buffer[];
  /** Authorization headers seen (to prove what was and was not sent) */
  authorizations: string[];
  /** NTLM handshakes completed */
  handshakes: number;
  /** the users whose NTLMv2 proof verified */
  authenticatedUsers: string[];
  /** MsvAvChannelBindings of each AUTHENTICATE (hex), '' when it had none */
  channelBindings: string[];
  close(): Promise<void>;
}

const FIXTURE_401 = readFileSync(new URL('../../fixtures/winrm/http-401-response-headers.txt', import.meta.url), 'utf8');

/** The real 401's headers, one entry per line (WWW-Authenticate four times), Content-Length 0. */
function real401(res: ServerResponse): void {
  const lines = FIXTURE_401.split(/\r?\n/).slice(1).filter((l) => l.includes(':'));
  const headers: [string, string][] = lines.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]);
  const grouped = new Map<string, string[]>();
  for (const [k, v] of headers) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  for (const [k, v] of grouped) if (k.toLowerCase() !== 'content-length' && k.toLowerCase() !== 'connection') res.setHeader(k, v.length === 1 ? v[0]! : v);
  res.writeHead(401, { 'content-length': '0' });
  res.end();
}

interface SocketState {
  negotiate?: Buffer;
  challenge?: Buffer;
  serverChallenge?: Buffer;
  session?: NtlmSession;
  authenticated?: boolean;
}

const av = (id: number, value: Buffer): { id: number; value: Buffer } => ({ id, value });

function challengeMessage(serverChallenge: Buffer, flags = 0xe28a8235): Buffer {
  const time = Buffer.alloc(8);
  time.writeBigUInt64LE((BigInt(Date.now()) + 11644473600000n) * 10000n);
  const info = encodeAvPairs([av(2, Buffer.from('TESTDOM', 'utf16le')), av(1, Buffer.from('WINHOST', 'utf16le')), av(7, time)]);
  const target = Buffer.from('TESTDOM', 'utf16le');
  const head = Buffer.alloc(56);
  head.write('NTLMSSP\0', 0, 'latin1');
  head.writeUInt32LE(2, 8);
  head.writeUInt16LE(target.length, 12);
  head.writeUInt16LE(target.length, 14);
  head.writeUInt32LE(56, 16);
  // UNICODE, REQUEST_TARGET, SIGN, SEAL, NTLM, ALWAYS_SIGN, TARGET_TYPE_DOMAIN, ESS, TARGET_INFO, VERSION, 128, KEY_EXCH, 56
  head.writeUInt32LE(flags >>> 0, 20);
  serverChallenge.copy(head, 24);
  head.writeUInt16LE(info.length, 40);
  head.writeUInt16LE(info.length, 42);
  head.writeUInt32LE(56 + target.length, 44);
  Buffer.from([10, 0, 0x7c, 0x4f, 0, 0, 0, 15]).copy(head, 48);
  return Buffer.concat([head, target, info]);
}

const fieldOf = (m: Buffer, at: number): Buffer => m.subarray(m.readUInt32LE(at + 4), m.readUInt32LE(at + 4) + m.readUInt16LE(at));

/** The server's check of an AUTHENTICATE message (MS-NLMP 3.2.5.1.2): proof, then MIC; the exported key when both hold. */
function verifyAuthenticate(m: Buffer, st: SocketState, opts: WinrmServerOptions, binding: { expected?: string; seen: string[] }): { user: string; key: Buffer } | undefined {
  if (m.readUInt32LE(8) !== 3 || !st.serverChallenge || !st.negotiate || !st.challenge) return undefined;
  const nt = fieldOf(m, 20);
  const domain = fieldOf(m, 28).toString('utf16le');
  const user = fieldOf(m, 36).toString('utf16le');
  const encryptedKey = fieldOf(m, 52);
  if (user.toUpperCase() !== opts.user.toUpperCase() || domain.toUpperCase() !== (opts.domain ?? '').toUpperCase()) return undefined;
  const responseKey = hmacMd5(md4Of(Buffer.from(opts.password, 'utf16le')), Buffer.from(user.toUpperCase() + domain, 'utf16le'));
  const proof = nt.subarray(0, 16);
  const blob = nt.subarray(16);
  const sent = parseAvPairs(blob.subarray(28)).find((p) => p.id === 10)?.value.toString('hex') ?? '';
  binding.seen.push(sent);
  if (binding.expected !== undefined && (sent ? sent !== binding.expected : opts.cbt === 'strict')) return undefined;
  if (!timingSafeEqual(hmacMd5(responseKey, st.serverChallenge, blob), proof)) return undefined;
  const baseKey = hmacMd5(responseKey, proof);
  const key = rc4Once(baseKey, encryptedKey);
  const zeroed = Buffer.from(m);
  const mic = Buffer.from(zeroed.subarray(72, 88));
  zeroed.fill(0, 72, 88);
  if (!timingSafeEqual(hmacMd5(key, st.negotiate, st.challenge, zeroed), mic)) return undefined;
  return { user, key };
}

function sealAnswer(session: NtlmSession, xml: string): Buffer {
  const plain = Buffer.from(xml, 'utf8');
  const { sealed, signature } = session.seal(plain);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(16);
  return Buffer.concat([
    Buffer.from(`--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=${plain.length}\r\n--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n`, 'latin1'),
    len,
    signature,
    sealed,
    Buffer.from('--Encrypted Boundary--\r\n', 'latin1'),
  ]);
}

export async function startWinrmServer(opts: WinrmServerOptions): Promise<WinrmTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-winrm-'));
  const pki = opts.scheme === 'https' ? (opts.pki ?? makePki(dir)) : undefined;
  const states = new WeakMap<Socket, SocketState>();
  const out: WinrmTestServer = { url: '', ...(pki ? { pki } : {}), requests: [], wire: [], authorizations: [], handshakes: 0, authenticatedUsers: [], channelBindings: [], close: async () => undefined };
  // the binding a client of this listener's certificate must send over TLS
  const servedCert = pki ? readFileSync(opts.selfSigned ? pki.selfSignedCert : pki.cert, 'utf8') : undefined;
  const expectedBinding = servedCert ? channelBindings(new X509Certificate(servedCert).raw).toString('hex') : undefined;

  const soap = async (res: ServerResponse, xml: string, session: NtlmSession | undefined): Promise<void> => {
    out.requests.push(xml);
    const a = await opts.answer(xml, out.requests.length - 1);
    if (opts.dropAfter === out.requests.length - 1) res.setHeader('connection', 'close');
    if (session) {
      const body = sealAnswer(session, a.xml);
      res.writeHead(a.status ?? 200, { 'content-type': 'multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted";boundary="Encrypted Boundary"', 'content-length': String(body.length) });
      res.end(body);
    } else {
      res.writeHead(a.status ?? 200, { 'content-type': 'application/soap+xml;charset=UTF-8' });
      res.end(a.xml);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    const auth = req.headers.authorization ?? '';
    if (auth) out.authorizations.push(auth);
    if (opts.auth === 'basic') {
      out.wire.push(body);
      const expected = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;
      if (auth !== expected) return real401(res);
      return soap(res, body.toString('utf8'), undefined);
    }
    const st = states.get(req.socket) ?? {};
    states.set(req.socket, st);
    const token = /^Negotiate (.+)$/.exec(auth)?.[1];
    if (token) {
      const m = Buffer.from(token, 'base64');
      const type = m.length >= 12 ? m.readUInt32LE(8) : 0;
      if (type === 1) {
        st.negotiate = m;
        st.serverChallenge = randomBytes(8);
        st.challenge = challengeMessage(st.serverChallenge, opts.challengeFlags);
        res.writeHead(401, { 'www-authenticate': `Negotiate ${st.challenge.toString('base64')}`, 'content-length': '0' });
        return void res.end();
      }
      const ok = type === 3 ? verifyAuthenticate(m, st, opts, { ...(expectedBinding ? { expected: expectedBinding } : {}), seen: out.channelBindings }) : undefined;
      if (!ok) return real401(res);
      st.authenticated = true;
      st.session = new NtlmSession(ok.key, 'server');
      out.handshakes++;
      out.authenticatedUsers.push(ok.user);
      // a client may send its first message with the AUTHENTICATE (requests-ntlm does): answered as Windows does
      if (body.length === 0) {
        res.writeHead(200, { 'content-length': '0' });
        return void res.end();
      }
    } else if (!st.authenticated) return real401(res);
    if (!st.session) return real401(res);
    out.wire.push(body);
    if (opts.scheme === 'https') return soap(res, body.toString('utf8'), undefined);
    if (!/^multipart\/encrypted/.test(req.headers['content-type'] ?? '')) {
      res.writeHead(400, { 'content-length': '0' });
      return void res.end();
    }
    const xml = unsealMultipart(body, st.session).toString('utf8');
    return soap(res, xml, st.session);
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    });
  };
  const server: Server = pki
    ? createHttpsServer(opts.selfSigned ? { cert: readFileSync(pki.selfSignedCert), key: readFileSync(pki.selfSignedKey) } : { cert: readFileSync(pki.cert), key: readFileSync(pki.key) }, onRequest)
    : createHttpServer(onRequest);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  out.url = `${opts.scheme}://127.0.0.1:${port}`;
  out.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  };
  return out;
}
