// VMware vSphere: vCenter Server or an ESXi host, through its own HTTPS client (certificate always
// verified, against the system CAs or the target's CA file). What it asks, in order:
//   1. POST /sdk RetrieveServiceContent: vCenter (VirtualCenter) or an ESXi host (HostAgent)
//   2. vCenter only: POST /api/session (Basic authentication -> session id)
//   3. POST /sdk SessionManager.Login (-> the vmware_soap_session cookie)
//   4. vCenter: GET /api/vcenter/host and /api/vcenter/vm, then RetrievePropertiesEx on those ids;
//      ESXi (or a list REST cannot give, over 4,000 VMs): RetrievePropertiesEx through the
//      inventory from the root folder
//   5. vCenter: GET /api/appliance/access/{ssh,shell,consolecli}, /api/appliance/timesync,
//      /api/appliance/ntp, /api/appliance/logging/forwarding
//   6. POST /sdk Logout, DELETE /api/session
// The POSTs open, read through and close sessions; nothing on the target is changed. A refused
// login makes the target unreachable ("authentication failed"); a refusal on one path (HTTP 403,
// a NoPermission fault) is that fact's error, the others are still collected. The password and the
// session ids never leave this file: every reason is scrubbed of them.
import { UsageError, errorMessage } from '../../engine/errors.js';
import type { Outcome } from '../../engine/types.js';
import { resolveCredential } from '../../inventory/credentials.js';
import type { Credentials } from '../../inventory/schema.js';
import type { FactKey } from '../../engine/facts.js';
import { vsphereOrigin } from '../../kinds/vsphere.js';
import type { TargetSpec } from '../../kinds/types.js';
import { HttpStatusError, tlsAgent } from '../../transports/https.js';
import type { ApiCollected, ApiProvider, FactMap } from '../types.js';
import { HOST_PATHS, VM_PATHS, applianceAccess, applianceSyslog, applianceTime, hostsFacts, listed, vmsFacts } from './parse.js';
import { retrieve, type Start } from './properties.js';
import { RestClient } from './rest.js';
import { SoapClient, SoapFault, SoapHttpError, childText, kid, textOf, attrOf, moRef, el, type MoRef, type XmlNode } from './soap.js';

export const VSPHERE_FACTS = ['vsphere.about', 'vsphere.hosts', 'vsphere.vms', 'vsphere.appliance.access', 'vsphere.appliance.time', 'vsphere.appliance.syslog'] as const satisfies readonly FactKey[];
const APPLIANCE_FACTS = ['vsphere.appliance.access', 'vsphere.appliance.time', 'vsphere.appliance.syslog'] as const;

const unreachable = (error: string): ApiCollected => ({ facts: {}, status: 'unreachable', error });

interface ServiceContent {
  about: { apiType: string; fullName: string; version: string; build: string };
  rootFolder: MoRef;
  propertyCollector: MoRef;
  sessionManager: MoRef;
}

const ref = (n: XmlNode | undefined): MoRef => ({ type: attrOf(n, 'type'), value: textOf(n) });

function serviceContent(answer: XmlNode): ServiceContent {
  const rv = kid(answer, 'returnval');
  const about = kid(rv, 'about');
  const sc = {
    about: { apiType: childText(about, 'apiType'), fullName: childText(about, 'fullName'), version: childText(about, 'version'), build: childText(about, 'build') },
    rootFolder: ref(kid(rv, 'rootFolder')),
    propertyCollector: ref(kid(rv, 'propertyCollector')),
    sessionManager: ref(kid(rv, 'sessionManager')),
  };
  if (!sc.about.apiType || !sc.propertyCollector.value || !sc.sessionManager.value) throw new Error('/sdk: RetrieveServiceContent answer has no about.apiType, propertyCollector or sessionManager');
  return sc;
}

/** The target's password, from its reference; a missing user or password is a reason, not a throw. */
function credentials(target: TargetSpec): { user: string; password: string } | string {
  const user = typeof target.options.user === 'string' ? target.options.user : '';
  const ref = ((target.options.credentials ?? {}) as Credentials).password;
  if (!user || ref === undefined) return `a vsphere target needs user and credentials.password (a reference: {env: NAME} or {file: PATH})`;
  try {
    return { user, password: resolveCredential(ref, `target ${target.id}: credentials.password`) };
  } catch (err) {
    return err instanceof UsageError ? err.message : errorMessage(err);
  }
}

/** Why a login was refused, in words; undefined when the error is not a refusal. */
function refusal(err: unknown, user: string): string | undefined {
  if (err instanceof SoapFault && (err.fault === 'InvalidLogin' || err.fault === 'NotAuthenticated')) return `authentication failed: SessionManager.Login refused user ${user} (${err.fault})`;
  if ((err instanceof HttpStatusError || err instanceof SoapHttpError) && err.status === 401) return `authentication failed: POST ${err instanceof SoapHttpError ? '/sdk' : '/api/session'} refused user ${user} (HTTP 401)`;
  return undefined;
}

export const VSPHERE_PROVIDER: ApiProvider = {
  type: 'api',
  id: 'vsphere.api',
  kinds: ['vsphere'],
  facet: 'api',
  facts: VSPHERE_FACTS,
  async collect(target, _transport, ctx) {
    const origin = vsphereOrigin(target.address ?? '');
    if (!origin) return unreachable(`vsphere address "${target.address ?? ''}" is not a host name or https://host[:port] URL`);
    const creds = credentials(target);
    if (typeof creds === 'string') return unreachable(creds);
    let agent;
    try {
      agent = tlsAgent({ ...(typeof target.options.ca === 'string' ? { caFile: target.options.ca } : {}), maxSockets: 2 });
    } catch (err) {
      return unreachable(errorMessage(err));
    }
    const budget = { deadline: Date.now() + ctx.timeoutMs, signal: ctx.signal };
    const soap = new SoapClient(origin, agent, budget);
    const rest = new RestClient(origin, agent, budget);
    const secrets = (): string[] => [creds.password, soap.sessionSecret, rest.sessionSecret, Buffer.from(`${creds.user}:${creds.password}`).toString('base64')].filter((s): s is string => !!s && s.length >= 4);
    const scrub = (text: string): string => secrets().reduce((t, s) => t.split(s).join('****'), text);
    const attempt = async <T>(what: string, work: () => Promise<T>): Promise<Outcome<T>> => {
      try {
        return { ok: true, value: await work() };
      } catch (err) {
        const reason = scrub(errorMessage(err));
        ctx.log(`vsphere: ${what}: ${reason}`);
        return { ok: false, reason };
      }
    };
    let sc: ServiceContent;
    try {
      ctx.log('vsphere: POST /sdk RetrieveServiceContent');
      sc = serviceContent(await soap.call('RetrieveServiceContent', `<RetrieveServiceContent xmlns="urn:vim25">${moRef('_this', { type: 'ServiceInstance', value: 'ServiceInstance' })}</RetrieveServiceContent>`));
      const vcenter = sc.about.apiType === 'VirtualCenter';
      if (vcenter) {
        ctx.log('vsphere: POST /api/session');
        await rest.login(creds.user, creds.password);
      }
      ctx.log('vsphere: POST /sdk Login');
      await soap.call('Login', `<Login xmlns="urn:vim25">${moRef('_this', sc.sessionManager)}${el('userName', creds.user)}${el('password', creds.password)}</Login>`);
    } catch (err) {
      await rest.logout();
      agent.destroy();
      return unreachable(scrub(refusal(err, creds.user) ?? errorMessage(err)));
    }
    try {
      const vcenter = sc.about.apiType === 'VirtualCenter';
      const facts: FactMap = { 'vsphere.about': { ok: true, value: sc.about } };
      const inventory = async <T>(path: string, idKey: 'host' | 'vm', stateKey: 'connection_state' | 'power_state', type: string, paths: readonly string[], perPage: number, toFacts: (o: Awaited<ReturnType<typeof retrieve>>, l?: ReturnType<typeof listed>) => T): Promise<T> => {
        const tree = async (): Promise<T> => toFacts(await retrieve(soap, sc.propertyCollector, type, paths, { root: sc.rootFolder }, perPage));
        if (!vcenter) return tree();
        ctx.log(`vsphere: GET ${path}`);
        let body: unknown;
        try {
          body = await rest.get<unknown>(path);
        } catch (err) {
          // the REST list refuses more than 4,000 VMs (or is otherwise unable): the property collector walks the tree instead; a refusal stays a refusal
          if (!(err instanceof HttpStatusError) || err.status === 401 || err.status === 403) throw err;
          ctx.log(`vsphere: ${scrub(err.message)}; walking the inventory through the property collector instead`);
          return tree();
        }
        const l = listed(path, body, idKey, stateKey);
        const start: Start = { objects: l.map((x) => ({ type, value: x.id })) };
        return toFacts(await retrieve(soap, sc.propertyCollector, type, paths, start, perPage), l);
      };
      facts['vsphere.hosts'] = await attempt('hosts', () => inventory('/api/vcenter/host', 'host', 'connection_state', 'HostSystem', HOST_PATHS, 20, hostsFacts));
      facts['vsphere.vms'] = await attempt('VMs', () => inventory('/api/vcenter/vm', 'vm', 'power_state', 'VirtualMachine', VM_PATHS, 100, vmsFacts));
      if (vcenter) {
        const get = (path: string): Promise<unknown> => {
          ctx.log(`vsphere: GET ${path}`);
          return rest.get<unknown>(path);
        };
        facts['vsphere.appliance.access'] = await attempt('appliance access', async () => applianceAccess(await get('/api/appliance/access/ssh'), await get('/api/appliance/access/shell'), await get('/api/appliance/access/consolecli')));
        facts['vsphere.appliance.time'] = await attempt('appliance time', async () => applianceTime(await get('/api/appliance/timesync'), await get('/api/appliance/ntp')));
        facts['vsphere.appliance.syslog'] = await attempt('appliance syslog', async () => applianceSyslog(await get('/api/appliance/logging/forwarding')));
      } else {
        for (const f of APPLIANCE_FACTS) facts[f] = { ok: false, reason: `${sc.about.fullName || 'the target'} is an ESXi host (HostAgent): no vCenter Server appliance to ask`, notApplicable: true };
      }
      const gaps = Object.values(facts).some((f) => !f.ok && !f.notApplicable);
      return { facts, status: gaps ? 'partial' : 'ok' };
    } finally {
      // close both sessions; a failed logout changes nothing collected
      await soap.call('Logout', `<Logout xmlns="urn:vim25">${moRef('_this', sc.sessionManager)}</Logout>`).catch(() => undefined);
      await rest.logout();
      agent.destroy();
    }
  },
};
