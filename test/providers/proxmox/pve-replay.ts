// A Proxmox VE API stand-in for the tests: the shared local HTTPS server (real TLS, 127.0.0.1 only,
// every request recorded) answering GET /api2/json/<path> from fixtures/proxmox/<set>/<path>.json,
// and answering as pveproxy does otherwise: 401 without the expected PVEAPIToken header, 501 for a
// method or path it does not implement, 403 with the reason phrase for the paths a test forbids.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHttpsServer, type Answer, type ServerOptions, type TestHttpsServer } from '../../helpers/https-server.js';

export const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/proxmox');

/** A made-up token in the shape `pveum user token add` prints (the secret is a UUID). */
export const TOKEN_ID = 'auditor@pve!ztaudit';
export const TOKEN_SECRET = '3f9c1e5a-7b2d-4c8e-9a61-d0b4f2e8c7a5';
export const TOKEN = `${TOKEN_ID}=${TOKEN_SECRET}`;

export interface ReplayOptions extends ServerOptions {
  /** the token the server accepts (default TOKEN) */
  token?: string;
  /** API paths (after /api2/json) answered 403, with the privilege check that failed */
  forbid?: Record<string, string>;
}

export function pveReplay(set: 'weak' | 'hardened', opts: ReplayOptions = {}): Promise<TestHttpsServer> {
  const expected = `PVEAPIToken=${opts.token ?? TOKEN}`;
  return startHttpsServer((req): Answer => {
    if (req.headers.authorization !== expected) return { status: 401, statusMessage: 'authentication failure', body: { data: null } };
    if (req.method !== 'GET' || !req.path.startsWith('/api2/json/')) return { status: 501, statusMessage: `Method '${req.method} ${req.path}' not implemented`, body: { data: null } };
    const path = req.path.slice('/api2/json/'.length);
    const forbidden = opts.forbid?.[path];
    if (forbidden) return { status: 403, statusMessage: `Permission check failed (${forbidden})`, body: { data: null } };
    const file = join(FIXTURES, set, `${path}.json`);
    if (path.includes('..') || !existsSync(file)) return { status: 501, statusMessage: `Method 'GET /${path}' not implemented`, body: { data: null } };
    const body = JSON.parse(readFileSync(file, 'utf8')) as { data: unknown };
    // GET /access/users returns tokens (and groups as a list) only with full=1
    if (path === 'access/users' && req.query.get('full') !== '1' && Array.isArray(body.data)) {
      body.data = (body.data as Record<string, unknown>[]).map(({ tokens: _tokens, ...u }) => u);
    }
    return { body };
  }, opts);
}
