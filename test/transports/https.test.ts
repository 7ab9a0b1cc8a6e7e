// The shared HTTPS client against a real local TLS server: verified with the CA given, refused
// with the certificate problem in words without it, statuses passed through, budgets and caps kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpStatusError, getJson, httpErrorReason, httpFetch, tlsAgent } from '../../src/transports/https.js';
import { startHttpsServer, type TestHttpsServer } from '../helpers/https-server.js';

let server: TestHttpsServer;
let selfSigned: TestHttpsServer;

beforeAll(async () => {
  server = await startHttpsServer((req) => {
    if (req.path === '/json') return { body: { ok: true, auth: req.headers.authorization ?? null } };
    if (req.path === '/forbidden') return { status: 403, body: { error: 'forbidden' } };
    if (req.path === '/big') return { body: 'x'.repeat(4096) };
    if (req.path === '/slow') return new Promise(() => undefined);
    if (req.path === '/echo') return { body: req.method + ':' + req.body };
    return undefined;
  });
  selfSigned = await startHttpsServer(() => ({ body: { ok: true } }), { selfSigned: true, pki: server.pki });
}, 30_000);
afterAll(async () => {
  await selfSigned?.close();
  await server?.close();
});

describe('https client', () => {
  it('verifies the server with the CA file given and sends the headers', async () => {
    const agent = tlsAgent({ caFile: server.pki.ca });
    const body = await getJson<{ ok: boolean; auth: string }>({ url: `${server.url}/json`, agent, timeoutMs: 5000, headers: { authorization: 'PVEAPIToken=a@pam!t=s' } });
    expect(body).toEqual({ ok: true, auth: 'PVEAPIToken=a@pam!t=s' });
    agent.destroy();
  });

  it('refuses a server whose CA is not trusted, naming the certificate problem', async () => {
    await expect(httpFetch({ url: `${server.url}/json`, timeoutMs: 5000 })).rejects.toThrow(/TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified: .*(issuer|CA)/);
    const other = tlsAgent({ caFile: server.pki.otherCa });
    await expect(httpFetch({ url: `${server.url}/json`, agent: other, timeoutMs: 5000 })).rejects.toThrow(/not verified/);
    other.destroy();
  });

  it('refuses a self-signed certificate with that reason', async () => {
    await expect(httpFetch({ url: `${selfSigned.url}/`, timeoutMs: 5000 })).rejects.toThrow(/the certificate is self-signed \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
  });

  it('passes statuses through; getJson turns them into errors naming the path only', async () => {
    const agent = tlsAgent({ caFile: server.pki.ca });
    const res = await httpFetch({ url: `${server.url}/forbidden`, agent, timeoutMs: 5000 });
    expect(res.status).toBe(403);
    const err = await getJson({ url: `${server.url}/forbidden?token=SECRET`, agent, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpStatusError);
    expect((err as HttpStatusError).status).toBe(403);
    expect((err as Error).message).toBe('/forbidden: HTTP 403 (forbidden)');
    agent.destroy();
  });

  it('posts a body', async () => {
    const agent = tlsAgent({ caFile: server.pki.ca });
    const res = await httpFetch({ url: `${server.url}/echo`, method: 'POST', body: '<x/>', agent, timeoutMs: 5000 });
    expect(res.body.toString()).toBe('POST:<x/>');
    agent.destroy();
  });

  it('ends a call that outlives its budget, or whose answer is over the cap', async () => {
    const agent = tlsAgent({ caFile: server.pki.ca });
    const t0 = Date.now();
    await expect(httpFetch({ url: `${server.url}/slow`, agent, timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms/);
    expect(Date.now() - t0).toBeLessThan(3000);
    await expect(httpFetch({ url: `${server.url}/big`, agent, timeoutMs: 5000, maxBytes: 1000 })).rejects.toThrow(/answer larger than 1000 bytes/);
    agent.destroy();
  });

  it('says refused for a closed port and never prints a URL path or query', () => {
    const e = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(httpErrorReason(e, 'https://127.0.0.1:1/api?token=SECRET')).toBe('https://127.0.0.1:1: connection refused');
  });

  it('refuses a CA file it cannot read', () => {
    expect(() => tlsAgent({ caFile: '/nonexistent/ca.pem' })).toThrow(/cannot read CA file \/nonexistent\/ca.pem: ENOENT/);
  });
});
