// A read-only Proxmox VE API client: GET requests under /api2/json with the API token header
// (`Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET`), through the shared HTTPS client with
// the certificate verified. Every answer is a value: the `data` member, or why there is none
// (the HTTP status and Proxmox's own reason phrase, which names the missing privilege on a 403).
// The token goes into the header and nowhere else: never into a reason, a log line or a fact.
import type { Agent } from 'node:https';
import { errorMessage } from '../../engine/errors.js';
import { httpFetch, safeOrigin } from '../../transports/https.js';

export type PveAnswer = { ok: true; data: unknown } | { ok: false; status: number; reason: string };

export interface PveClient {
  /** GET /api2/json + path */
  get(path: string): Promise<PveAnswer>;
}

/** USER@REALM!TOKENID=SECRET, as `pveum user token add` prints it (the secret is a UUID). */
const TOKEN = /^[^\s@!=]+@[A-Za-z][A-Za-z0-9._-]*![A-Za-z][A-Za-z0-9._-]*=[^\s]+$/;

/** True when the value has the token's shape; the value itself is never echoed. */
export const isApiToken = (token: string): boolean => TOKEN.test(token);

/** The token's id (USER@REALM!TOKENID), without the secret: what a message may name. */
export const tokenId = (token: string): string => token.slice(0, token.indexOf('='));

/** A reason phrase from the server, as one short printable line. */
const phrase = (s: string | undefined): string => (s ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);

export function pveClient(origin: string, token: string, agent: Agent, opts: { timeoutMs: number; signal: AbortSignal; log(message: string): void }): PveClient {
  const headers = { authorization: `PVEAPIToken=${token}`, accept: 'application/json' };
  return {
    async get(path) {
      const where = `GET /api2/json${path}`;
      let res;
      try {
        res = await httpFetch({ url: `${origin}/api2/json${path}`, method: 'GET', headers, agent, timeoutMs: opts.timeoutMs, signal: opts.signal });
      } catch (err) {
        opts.log(`proxmox: ${where}: ${errorMessage(err)}`);
        return { ok: false, status: 0, reason: errorMessage(err) };
      }
      opts.log(`proxmox: ${where}: HTTP ${res.status}`);
      const why = phrase(res.statusMessage);
      if (res.status === 401) return { ok: false, status: 401, reason: `${safeOrigin(origin)}: authentication failed: the API token ${tokenId(token)} was refused (HTTP 401${why ? ` ${why}` : ''})` };
      if (res.status === 403) return { ok: false, status: 403, reason: `forbidden: ${where}${why ? `: ${why}` : ''}` };
      if (res.status < 200 || res.status > 299) return { ok: false, status: res.status, reason: `${where}: HTTP ${res.status}${why ? ` ${why}` : ''}` };
      let body: unknown;
      try {
        body = JSON.parse(res.body.toString('utf8'));
      } catch {
        return { ok: false, status: res.status, reason: `${where}: answer is not JSON` };
      }
      if (!body || typeof body !== 'object' || !('data' in body)) return { ok: false, status: res.status, reason: `${where}: answer has no data member` };
      return { ok: true, data: (body as { data: unknown }).data };
    },
  };
}
