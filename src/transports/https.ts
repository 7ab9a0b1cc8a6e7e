// The one HTTPS client of the API kinds (WinRM, Proxmox VE, vSphere, S3 endpoints): Node's own
// https with the certificate always verified, against the system CAs or a CA file the user gives
// (`--ca FILE`, inventory `ca:`). There is no switch to skip verification: a certificate that does
// not verify is a reason the target is unreachable, named in words ("certificate is self-signed"),
// never a prompt to turn checking off. Bodies are capped, every call has a budget and a signal.
import { readFileSync } from 'node:fs';
import { Agent, request as httpsRequest } from 'node:https';
import { request as httpRequest, type Agent as HttpAgent, type IncomingHttpHeaders } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { TransportError, timedOut } from './types.js';

export interface HttpResponse {
  status: number;
  /** the reason phrase (Proxmox VE says why it refused there: "Permission check failed (/nodes/pve1, Sys.Modify)") */
  statusMessage?: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** https: the server's certificate (DER) on the connection that answered; NTLM binds to it (channel binding) */
  peerCertificate?: Buffer;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'HEAD' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** from `tlsAgent` (or an http.Agent for WinRM's sealed plain HTTP); one agent per target keeps its connection (NTLM authenticates the connection) */
  agent?: Agent | HttpAgent;
  timeoutMs: number;
  signal?: AbortSignal;
  /** bodies beyond this end the call with an error (default 16 MiB) */
  maxBytes?: number;
}

export const DEFAULT_MAX_BODY = 16 * 1024 * 1024;

export interface TlsOptions {
  /** PEM file with the CA(s) that verify the server; the system CAs when absent */
  caFile?: string;
  /** keep the connection open between calls (default true) */
  keepAlive?: boolean;
  /** connections at once to this target (default 4; NTLM needs 1) */
  maxSockets?: number;
}

/** An agent for one target. Verification stays on; a CA file replaces the system CAs for it. */
export function tlsAgent(opts: TlsOptions = {}): Agent {
  let ca: Buffer | undefined;
  if (opts.caFile) {
    try {
      ca = readFileSync(opts.caFile);
    } catch (err) {
      throw new TransportError(`cannot read CA file ${opts.caFile}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return new Agent({ keepAlive: opts.keepAlive ?? true, maxSockets: opts.maxSockets ?? 4, rejectUnauthorized: true, ...(ca ? { ca } : {}) });
}

// OpenSSL's verification codes, as a person reads them
const TLS_REASONS: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in an untrusted self-signed CA',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate is not signed by a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT: 'the certificate issuer is unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate issuer is not a trusted CA',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not yet valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate does not name this host',
  CERT_REVOKED: 'the certificate is revoked',
  CERT_SIGNATURE_FAILURE: 'the certificate signature does not verify',
};

// an https.Agent says 'https:', an http.Agent 'http:'; Node refuses an agent of the other scheme
const agentProtocol = (a: Agent | HttpAgent): string => (a as unknown as { protocol?: string }).protocol ?? '';

/** One line for a failed call: a certificate problem in words, or the network error. */
export function httpErrorReason(err: unknown, url: string): string {
  const e = err as NodeJS.ErrnoException & { reason?: string };
  const where = safeOrigin(url);
  const code = e.code ?? '';
  if (TLS_REASONS[code]) return `TLS certificate of ${where} not verified: ${TLS_REASONS[code]} (${code}); give its CA with --ca FILE or inventory ca:`;
  if (code === 'ECONNREFUSED') return `${where}: connection refused`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${where}: host name not found`;
  if (code === 'ECONNRESET' || code === 'EPIPE') return `${where}: connection lost`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `${where}: host unreachable`;
  if (code === 'EPROTO' || /wrong version number|ssl3_get_record/i.test(e.message ?? '')) return `${where}: TLS handshake failed (is it plain HTTP?)`;
  return `${where}: ${(e.message ?? String(err)).split('\n')[0]}`;
}

/** scheme://host:port only: a URL's path or query may carry a token. */
export function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the endpoint';
  }
}

/**
 * One request. Resolves with any HTTP status (the caller decides what 401/403/500 mean); rejects
 * with a TransportError whose message is one line: timeout, certificate, refused, body too large.
 */
export function httpFetch(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : undefined;
  if (!send) return Promise.reject(new TransportError(`unsupported URL scheme ${url.protocol}`));
  const max = req.maxBytes ?? DEFAULT_MAX_BODY;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const finish = (f: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      f();
    };
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
    const headers: Record<string, string> = { ...(req.headers ?? {}) };
    if (body) headers['content-length'] = String(body.length);
    const r = send(url, { method: req.method ?? (body ? 'POST' : 'GET'), headers, ...(req.agent && agentProtocol(req.agent) === url.protocol ? { agent: req.agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > max) {
          r.destroy();
          finish(() => reject(new TransportError(`${safeOrigin(req.url)}: answer larger than ${max} bytes`)));
          return;
        }
        chunks.push(c);
      });
      const peer = peerCertificateOf(res.socket);
      res.on('end', () => finish(() => resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks), ...(peer ? { peerCertificate: peer } : {}) })));
      res.on('error', (err) => finish(() => reject(new TransportError(httpErrorReason(err, req.url)))));
      res.on('aborted', () => finish(() => reject(new TransportError(`${safeOrigin(req.url)}: connection lost`))));
    });
    const timer = setTimeout(() => {
      r.destroy();
      finish(() => reject(new TransportError(`${safeOrigin(req.url)}: ${timedOut(req.timeoutMs)}`)));
    }, req.timeoutMs);
    const onAbort = (): void => {
      r.destroy();
      finish(() => reject(new TransportError(`${safeOrigin(req.url)}: cancelled`)));
    };
    if (req.signal?.aborted) return onAbort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    r.on('error', (err) => finish(() => reject(new TransportError(httpErrorReason(err, req.url)))));
    r.end(body);
  });
}

/** The DER certificate of a TLS connection's server; undefined for plain HTTP. */
function peerCertificateOf(socket: unknown): Buffer | undefined {
  const tls = socket as Partial<Pick<TLSSocket, 'getPeerCertificate'>> | null;
  const raw = typeof tls?.getPeerCertificate === 'function' ? tls.getPeerCertificate().raw : undefined;
  return Buffer.isBuffer(raw) && raw.length > 0 ? raw : undefined;
}

/** GET a JSON document; non-2xx statuses and invalid JSON are TransportErrors with the status. */
export async function getJson<T>(req: Omit<HttpRequest, 'method' | 'body'>): Promise<T> {
  const res = await httpFetch({ ...req, method: 'GET' });
  if (res.status < 200 || res.status > 299) throw new HttpStatusError(res.status, req.url);
  try {
    return JSON.parse(res.body.toString('utf8')) as T;
  } catch {
    throw new TransportError(`${safeOrigin(req.url)}: answer is not JSON`);
  }
}

/** A non-2xx answer; `status` lets a provider turn a 403 on one path into that fact's error. */
export class HttpStatusError extends TransportError {
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`${pathOf(url)}: HTTP ${status}${status === 401 ? ' (authentication failed)' : status === 403 ? ' (forbidden)' : status === 404 ? ' (not found)' : status === 501 ? ' (not implemented)' : ''}`);
    this.name = 'HttpStatusError';
  }
}

/** The path of a URL without its query (which may carry a token). */
const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return 'request';
  }
};
