// The vSphere Automation REST API of vCenter Server (`/api`, 7.0 U2 and later): POST /api/session
// (Basic authentication, answered by a session id) is its only non-GET call besides the closing
// DELETE /api/session; every read is a GET with the `vmware-api-session-id` header.
import type { Agent } from 'node:https';
import { HttpStatusError, getJson, httpFetch, safeOrigin } from '../../transports/https.js';
import { TransportError } from '../../transports/types.js';
import type { CallBudget } from './soap.js';

export class RestClient {
  private session: string | undefined;

  constructor(
    private readonly origin: string,
    private readonly agent: Agent,
    private readonly budget: CallBudget,
  ) {}

  get sessionSecret(): string | undefined {
    return this.session;
  }

  private timeoutMs(): number {
    return Math.max(1, this.budget.deadline - Date.now());
  }

  /** POST /api/session; a 401 is an HttpStatusError with that status. */
  async login(user: string, password: string): Promise<void> {
    const basic = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
    const res = await httpFetch({ url: `${this.origin}/api/session`, method: 'POST', headers: { authorization: `Basic ${basic}`, accept: 'application/json' }, agent: this.agent, timeoutMs: this.timeoutMs(), signal: this.budget.signal });
    if (res.status === 404) throw new TransportError(`${safeOrigin(this.origin)}: no vSphere Automation API at /api (vCenter Server 7.0 U2 or later answers it)`);
    if (res.status < 200 || res.status > 299) throw new HttpStatusError(res.status, `${this.origin}/api/session`);
    let id: unknown;
    try {
      id = JSON.parse(res.body.toString('utf8'));
    } catch {
      id = undefined;
    }
    if (typeof id !== 'string' || !id) throw new TransportError(`${safeOrigin(this.origin)}: POST /api/session gave no session id`);
    this.session = id;
  }

  get<T>(path: string): Promise<T> {
    return getJson<T>({ url: `${this.origin}${path}`, headers: { 'vmware-api-session-id': this.session ?? '', accept: 'application/json' }, agent: this.agent, timeoutMs: this.timeoutMs(), signal: this.budget.signal });
  }

  /** DELETE /api/session: ends the session; its failure changes nothing collected. */
  async logout(): Promise<void> {
    if (!this.session) return;
    await httpFetch({ url: `${this.origin}/api/session`, method: 'DELETE', headers: { 'vmware-api-session-id': this.session }, agent: this.agent, timeoutMs: Math.min(5000, this.timeoutMs()), signal: this.budget.signal }).catch(() => undefined);
  }
}
