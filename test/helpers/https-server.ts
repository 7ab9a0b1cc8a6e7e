// A local HTTPS server for the API kinds' tests (WinRM, Proxmox VE, vSphere, S3): real TLS with a
// throwaway CA, 127.0.0.1 only, every request recorded (method, path, query, headers, body) so a
// test can assert what was asked (GETs only, the auth header) as well as what was answered.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePki, type Pki } from './pki.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status?: number;
  /** the reason phrase after the status code (Proxmox VE puts its error there) */
  statusMessage?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
}

/** Answer one request; undefined answers 404. */
export type Handler = (req: RecordedRequest) => Answer | undefined | Promise<Answer | undefined>;

export interface TestHttpsServer {
  url: string;
  port: number;
  pki: Pki;
  dir: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** serve the self-signed certificate instead of the CA-signed one */
  selfSigned?: boolean;
  /** reuse a PKI (one CA for several servers) */
  pki?: Pki;
}

export async function startHttpsServer(handler: Handler, opts: ServerOptions = {}): Promise<TestHttpsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-https-'));
  const pki = opts.pki ?? makePki(dir);
  const requests: RecordedRequest[] = [];
  const tls = opts.selfSigned ? { cert: readFileSync(pki.selfSignedCert), key: readFileSync(pki.selfSignedKey) } : { cert: readFileSync(pki.cert), key: readFileSync(pki.key) };
  const server: Server = createServer(tls, (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      Promise.resolve(handler(recorded))
        .then((answer) => {
          const a: Answer = answer ?? { status: 404, body: { error: 'not found' } };
          const isJson = a.body !== undefined && typeof a.body === 'object' && !Buffer.isBuffer(a.body);
          const body = isJson ? JSON.stringify(a.body) : (a.body as string | Buffer | undefined) ?? '';
          const headers = { ...(isJson ? { 'content-type': 'application/json' } : {}), ...(a.headers ?? {}) };
          if (a.statusMessage !== undefined) res.writeHead(a.status ?? 200, a.statusMessage, headers);
          else res.writeHead(a.status ?? 200, headers);
          res.end(body);
        })
        .catch((err: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(err));
        });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    pki,
    dir,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      if (!opts.pki) rmSync(dir, { recursive: true, force: true });
    },
  };
}
