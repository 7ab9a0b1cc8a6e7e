// A replay vCenter / ESXi for the vSphere tests: the local TLS server of test/helpers/https-server.ts
// answering from fixtures/vsphere/ (shapes from the vendors' API references, named in its README).
// It checks the authentication the real one checks: Basic on POST /api/session, then the
// `vmware-api-session-id` header on every REST call; SessionManager.Login's user and password, then
// the `vmware_soap_session` cookie on every SOAP call but RetrieveServiceContent.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHttpsServer, type Answer, type RecordedRequest, type ServerOptions, type TestHttpsServer } from '../../helpers/https-server.js';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const fixture = (...p: string[]): string => readFileSync(join(repoRoot, 'fixtures', 'vsphere', ...p), 'utf8');

export const USER = 'auditor@vsphere.local';
export const PASSWORD = 'Vc-Pa55&<word>"x';
/** as fixtures/vsphere/rest/session.json has it */
export const REST_SESSION = 'vmware-api-session-7f3c9a1e5b2d4c6f8a0e';
export const SOAP_COOKIE = 'soap-cookie-3b9d2e7f1a4c6e8b0d2f';

export interface FakeVsphereOptions {
  /** the fixture set: a vCenter with weak or hardened settings, or one ESXi host */
  set: 'weak' | 'hardened' | 'esxi';
  /** REST paths that answer 403 (UNAUTHORIZED) */
  forbidden?: readonly string[];
  /** REST paths that answer this status with the reference's error body (500: unable_to_allocate_resource, as GET /api/vcenter/vm over 4,000 VMs) */
  failing?: Readonly<Record<string, number>>;
  /** the VM property read answers a NoPermission fault */
  denyVms?: boolean;
  server?: ServerOptions;
}

const xml = (body: string, status = 200, headers: Record<string, string> = {}): Answer => ({ status, headers: { 'content-type': 'text/xml; charset=utf-8', ...headers }, body });
const json = (body: string, status = 200): Answer => ({ status, headers: { 'content-type': 'application/json' }, body });
const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const field = (body: string, tag: string): string | undefined => {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body);
  return m ? unescapeXml(m[1]!) : undefined;
};

const NOT_AUTHENTICATED = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>The session is not authenticated.</faultstring><detail><NotAuthenticatedFault xmlns="urn:vim25" xsi:type="NotAuthenticated"><object type="PropertyCollector">propertyCollector</object><privilegeId>System.View</privilegeId></NotAuthenticatedFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`;

function soap(req: RecordedRequest, o: FakeVsphereOptions): Answer {
  const method = /<soapenv:Body><([A-Za-z]+)/.exec(req.body)?.[1] ?? '';
  const esxi = o.set === 'esxi';
  if (method === 'RetrieveServiceContent') return xml(fixture('soap', esxi ? 'service-content-esxi.xml' : 'service-content-vcenter.xml'));
  if (method === 'Login') {
    if (field(req.body, 'userName') !== USER || field(req.body, 'password') !== PASSWORD) return xml(fixture('soap', 'fault-invalid-login.xml'), 500);
    return xml(fixture('soap', 'login.xml'), 200, { 'set-cookie': `vmware_soap_session="${SOAP_COOKIE}"; Path=/; HttpOnly; Secure;` });
  }
  if (!(req.headers.cookie ?? '').includes(`vmware_soap_session="${SOAP_COOKIE}"`)) return xml(NOT_AUTHENTICATED, 500);
  if (method === 'Logout') return xml(fixture('soap', 'logout.xml'));
  if (method === 'RetrievePropertiesEx') {
    if (req.body.includes('<type>HostSystem</type>')) return xml(fixture('soap', o.set, o.set === 'weak' ? 'hosts-page1.xml' : 'hosts.xml'));
    if (req.body.includes('<type>VirtualMachine</type>')) return o.denyVms ? xml(fixture('soap', 'fault-no-permission.xml'), 500) : xml(fixture('soap', o.set, 'vms.xml'));
  }
  if (method === 'ContinueRetrievePropertiesEx' && o.set === 'weak' && field(req.body, 'token') === '1') return xml(fixture('soap', 'weak', 'hosts-page2.xml'));
  return xml('<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>unexpected call</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>', 500);
}

function rest(req: RecordedRequest, o: FakeVsphereOptions): Answer | undefined {
  // an ESXi host has no vSphere Automation API
  if (o.set === 'esxi') return json('{"error_type":"NOT_FOUND"}', 404);
  if (req.path === '/api/session' && req.method === 'POST') {
    const basic = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    return req.headers.authorization === basic ? json(fixture('rest', 'session.json'), 201) : json(fixture('rest', 'error-unauthenticated.json'), 401);
  }
  if (req.headers['vmware-api-session-id'] !== REST_SESSION) return json(fixture('rest', 'error-unauthenticated.json'), 401);
  if (req.path === '/api/session' && req.method === 'DELETE') return { status: 204 };
  if (req.method !== 'GET') return json('{"error_type":"OPERATION_NOT_FOUND"}', 404);
  if (o.forbidden?.includes(req.path)) return json(fixture('rest', 'error-unauthorized.json'), 403);
  const status = o.failing?.[req.path];
  if (status) return json('{"error_type":"UNABLE_TO_ALLOCATE_RESOURCE","messages":[{"args":[],"default_message":"Too many virtual machines. Add more filter criteria to reduce the number.","id":"com.vmware.api.vcenter.vm.max_limit_exceeded"}]}', status);
  try {
    return json(fixture('rest', o.set, `${req.path.replace(/^\/api\//, '').replace(/\//g, '-')}.json`));
  } catch {
    return json('{"error_type":"NOT_FOUND"}', 404);
  }
}

export function startFakeVsphere(o: FakeVsphereOptions): Promise<TestHttpsServer> {
  return startHttpsServer((req) => (req.path === '/sdk' && req.method === 'POST' ? soap(req, o) : req.path.startsWith('/api/') ? rest(req, o) : undefined), o.server);
}

/** The calls the provider documents (src/providers/vsphere/provider.ts), as "METHOD path[ SOAP method]". */
export const DOCUMENTED = new Set([
  'POST /sdk RetrieveServiceContent', 'POST /sdk Login', 'POST /sdk RetrievePropertiesEx', 'POST /sdk ContinueRetrievePropertiesEx', 'POST /sdk Logout',
  'POST /api/session', 'DELETE /api/session', 'GET /api/vcenter/host', 'GET /api/vcenter/vm', 'GET /api/appliance/access/ssh', 'GET /api/appliance/access/shell',
  'GET /api/appliance/access/consolecli', 'GET /api/appliance/timesync', 'GET /api/appliance/ntp', 'GET /api/appliance/logging/forwarding',
]);

export const callOf = (r: RecordedRequest): string => `${r.method} ${r.path}${r.path === '/sdk' ? ` ${/<soapenv:Body><([A-Za-z]+)/.exec(r.body)?.[1] ?? '?'}` : ''}`;
