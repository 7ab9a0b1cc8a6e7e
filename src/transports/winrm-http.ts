// WinRM's HTTP layer: POST one SOAP envelope, get one back, on one kept-alive connection.
// - https (5986): the certificate verified by https.ts; Basic or NTLMv2 (Negotiate) authentication.
// - http (5985): NTLMv2 only, every message sealed with the NTLM session keys (MS-WSMV 2.2.9.1,
//   multipart/encrypted), as Windows' default AllowUnencrypted=false requires. Basic over plain
//   HTTP would put the password and the audit in clear: refused before anything is sent.
// NTLM authenticates the connection, so the agent holds exactly one socket; when the host drops
// it, the next answer is a 401 and the handshake runs again on the new one.
import { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { hostname } from 'node:os';
import { httpFetch, safeOrigin, tlsAgent, type HttpResponse } from './https.js';
import { authenticateMessage, negotiateMessage, NTLM_FLAGS, NtlmError, parseChallenge, splitUser } from './ntlm.js';
import { channelBindings } from './ntlm-cbt.js';
import { NtlmSession } from './ntlm-session.js';
import { TransportError } from './types.js';

import { plainHttpRefusal, type WinrmAuth } from './winrm-policy.js';
export { WINRM_AUTHS, plainHttpRefusal, type WinrmAuth } from './winrm-policy.js';

export interface WinrmEndpoint {
  /** https://host:5986/wsman or http://host:5985/wsman */
  url: string;
  auth: WinrmAuth;
  user: string;
  password: string;
  /** PEM CA file for https; the system CAs when absent */
  caFile?: string;
}

export interface PostRequest {
  timeoutMs: number;
  signal: AbortSignal;
  maxBytes?: number;
}

const SOAP_TYPE = 'application/soap+xml;charset=UTF-8';
const PROTOCOL = 'application/HTTP-SPNEGO-session-encrypted';
const BOUNDARY = 'Encrypted Boundary';
const MULTIPART_TYPE = `multipart/encrypted;protocol="${PROTOCOL}";boundary="${BOUNDARY}"`;


/** The client side of one WinRM endpoint. */
export class WinrmHttp {
  private readonly agent: HttpsAgent | HttpAgent;
  private readonly sealed: boolean;
  private session: NtlmSession | undefined;
  private authenticated = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ep: WinrmEndpoint) {
    const refused = plainHttpRefusal(ep.url, ep.auth);
    if (refused) throw new TransportError(refused);
    this.sealed = ep.url.startsWith('http:');
    this.agent = this.sealed ? new HttpAgent({ keepAlive: true, maxSockets: 1 }) : tlsAgent({ ...(ep.caFile ? { caFile: ep.caFile } : {}), maxSockets: 1 });
  }

  /**
   * POST one envelope; resolves with the answer's XML (a SOAP fault included, for the caller to
   * read). One message at a time: the NTLM handshake and the sealing sequence numbers belong to the
   * one connection, in order.
   */
  post(xml: string, req: PostRequest): Promise<string> {
    const run = this.queue.then(() => this.postNow(xml, req));
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async postNow(xml: string, req: PostRequest): Promise<string> {
    if (this.ep.auth === 'basic') return this.answer(await this.send(Buffer.from(xml, 'utf8'), { authorization: `Basic ${Buffer.from(`${this.ep.user}:${this.ep.password}`, 'utf8').toString('base64')}` }, req));
    for (let attempt = 0; ; attempt++) {
      if (!this.authenticated) await this.handshake(req);
      const res = this.sealed ? await this.send(this.seal(xml), {}, req, MULTIPART_TYPE) : await this.send(Buffer.from(xml, 'utf8'), {}, req);
      // the connection was dropped and a new one is not authenticated: once more from the start
      if (res.status === 401 && attempt === 0) {
        this.authenticated = false;
        continue;
      }
      return this.answer(res);
    }
  }

  close(): void {
    this.agent.destroy();
  }

  private send(body: Buffer, headers: Record<string, string>, req: PostRequest, contentType = SOAP_TYPE): Promise<HttpResponse> {
    return httpFetch({
      url: this.ep.url,
      method: 'POST',
      headers: { 'content-type': contentType, 'user-agent': 'ztaudit', ...headers },
      body,
      agent: this.agent,
      timeoutMs: req.timeoutMs,
      signal: req.signal,
      ...(req.maxBytes ? { maxBytes: req.maxBytes } : {}),
    });
  }

  /** NEGOTIATE, CHALLENGE, AUTHENTICATE, each an empty POST on the one connection. */
  private async handshake(req: PostRequest): Promise<void> {
    this.session = undefined;
    const negotiate = negotiateMessage();
    const first = await this.send(Buffer.alloc(0), { authorization: `Negotiate ${negotiate.toString('base64')}` }, req);
    const token = challengeToken(first);
    if (!token) throw new TransportError(first.status === 401 ? `${this.where()}: the host does not offer NTLM authentication${offered(first)}` : `${this.where()}: HTTP ${first.status} to the NTLM negotiation`);
    const { user, domain } = splitUser(this.ep.user);
    let auth;
    try {
      // over TLS the proof is bound to this connection's certificate (Extended Protection)
      const bindings = first.peerCertificate ? channelBindings(first.peerCertificate) : undefined;
      auth = authenticateMessage({ negotiate, challenge: parseChallenge(token), user, domain, password: this.ep.password, workstation: hostname().split('.')[0] ?? '', ...(bindings ? { channelBindings: bindings } : {}) });
    } catch (err) {
      throw new TransportError(`${this.where()}: ${err instanceof NtlmError ? err.message : 'NTLM handshake failed'}`);
    }
    // sealing as this client does it needs 128-bit keys, key exchange and extended session security
    const sealing = NTLM_FLAGS.SIGN | NTLM_FLAGS.SEAL | NTLM_FLAGS.KEY_128 | NTLM_FLAGS.KEY_EXCH | NTLM_FLAGS.EXTENDED_SESSIONSECURITY;
    if (this.sealed && (auth.flags & sealing) !== sealing) throw new TransportError(`${this.where()}: the host does not agree to 128-bit NTLM sealing, so plain HTTP cannot be used: use https://HOST:5986`);
    const done = await this.send(Buffer.alloc(0), { authorization: `Negotiate ${auth.message.toString('base64')}` }, req);
    if (done.status === 401) throw new TransportError(`${this.where()}: authentication failed (HTTP 401): the host refused the user name or password (NTLM)`);
    if (done.status >= 400 && done.status !== 500) throw new TransportError(`${this.where()}: HTTP ${done.status} after NTLM authentication`);
    this.session = new NtlmSession(auth.exportedSessionKey, 'client');
    this.authenticated = true;
  }

  private where(): string {
    return safeOrigin(this.ep.url);
  }

  /** MS-WSMV 2.2.9.1.1: one encrypted part, the 4-byte signature length, the signature, the sealed bytes. */
  private seal(xml: string): Buffer {
    if (!this.session) throw new TransportError(`${this.where()}: no NTLM session to seal with`);
    const plain = Buffer.from(xml, 'utf8');
    const { sealed, signature } = this.session.seal(plain);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(signature.length);
    return Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\n\tContent-Type: ${PROTOCOL}\r\n\tOriginalContent: type=${SOAP_TYPE};Length=${plain.length}\r\n--${BOUNDARY}\r\n\tContent-Type: application/octet-stream\r\n`, 'latin1'),
      len,
      signature,
      sealed,
      Buffer.from(`--${BOUNDARY}--\r\n`, 'latin1'),
    ]);
  }

  private unseal(body: Buffer): string {
    if (!this.session) throw new TransportError(`${this.where()}: no NTLM session to open the answer with`);
    try {
      return unsealMultipart(body, this.session).toString('utf8');
    } catch (err) {
      throw new TransportError(`${this.where()}: the sealed answer could not be opened (${err instanceof Error ? err.message : 'malformed'})`);
    }
  }

  /** An answer's SOAP text: 200 and 500 (a fault) carry one; anything else is the reason. */
  private answer(res: HttpResponse): string {
    const type = String(res.headers['content-type'] ?? '');
    if (res.status === 401) throw new TransportError(`${this.where()}: authentication failed (HTTP 401): the host refused the user name or password (${this.ep.auth === 'basic' ? 'Basic' : 'NTLM'})${this.ep.auth === 'basic' ? offered(res) : ''}`);
    if (this.sealed && /^multipart\/encrypted/i.test(type)) return this.unseal(res.body);
    if (this.sealed && res.body.length > 0) throw new TransportError(`${this.where()}: HTTP ${res.status} with an unsealed answer over plain HTTP`);
    if ((res.status === 200 || res.status === 500) && res.body.length > 0) return res.body.toString('utf8');
    throw new TransportError(`${this.where()}: HTTP ${res.status}${res.status === 404 ? ' (no WS-Management listener at this path)' : res.status === 413 ? ' (message larger than the host accepts)' : ''}`);
  }
}

/** The CHALLENGE of a 401's `WWW-Authenticate: Negotiate <base64>` (or `NTLM <base64>`). */
function challengeToken(res: HttpResponse): Buffer | undefined {
  if (res.status !== 401) return undefined;
  const m = /(?:^|,)\s*(?:Negotiate|NTLM)\s+([A-Za-z0-9+/]+=*)/i.exec(wwwAuthenticate(res));
  return m ? Buffer.from(m[1]!, 'base64') : undefined;
}

const wwwAuthenticate = (res: HttpResponse): string => {
  const h = res.headers['www-authenticate'];
  return Array.isArray(h) ? h.join(', ') : (h ?? '');
};

/** " (it offers Negotiate, Kerberos)" from a 401's schemes, for the reason line. */
function offered(res: HttpResponse): string {
  const schemes = wwwAuthenticate(res)
    .split(',')
    .map((s) => s.trim().split(/\s+/)[0] ?? '')
    .filter((s) => /^[A-Za-z-]+$/.test(s) && !/^realm$/i.test(s));
  return schemes.length ? ` (it offers ${[...new Set(schemes)].join(', ')})` : '';
}

/** Open a multipart/encrypted body: every encrypted part, checked against its stated length. */
export function unsealMultipart(body: Buffer, session: NtlmSession): Buffer {
  const marker = Buffer.from(`--${BOUNDARY}\r\n`, 'latin1');
  const end = Buffer.from(`--${BOUNDARY}--\r\n`, 'latin1');
  const octet = Buffer.from('\tContent-Type: application/octet-stream\r\n', 'latin1');
  const parts: Buffer[] = [];
  let at = body.indexOf(marker);
  while (at >= 0) {
    const next = body.indexOf(marker, at + marker.length);
    parts.push(body.subarray(at + marker.length, next >= 0 ? next : body.length));
    at = next;
  }
  const out: Buffer[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const header = parts[i]!.toString('latin1');
    const m = /Length=(\d+)/.exec(header);
    if (!m) throw new NtlmError('an encrypted part states no length');
    let payload = parts[i + 1]!;
    const e = payload.lastIndexOf(end);
    if (e >= 0) payload = payload.subarray(0, e);
    if (!payload.subarray(0, octet.length).equals(octet)) throw new NtlmError('an encrypted part is not application/octet-stream');
    payload = payload.subarray(octet.length);
    const sigLen = payload.readUInt32LE(0);
    if (sigLen !== 16 || payload.length < 4 + sigLen) throw new NtlmError('an encrypted part has no NTLM signature');
    const plain = session.unseal(payload.subarray(4 + sigLen), payload.subarray(4, 4 + sigLen));
    if (plain.length !== Number(m[1])) throw new NtlmError(`an encrypted part is ${plain.length} bytes, not the ${m[1]} it states`);
    out.push(plain);
  }
  if (out.length === 0) throw new NtlmError('no encrypted part');
  return Buffer.concat(out);
}
