// The vim25 SOAP API (`POST /sdk`), read-only: RetrieveServiceContent, SessionManager.Login,
// PropertyCollector.RetrievePropertiesEx / ContinueRetrievePropertiesEx and Logout. None of them
// changes the inventory: Login and Logout open and close this session, the property collector only
// reads. Every value put into an envelope is XML-escaped; the session cookie (vmware_soap_session)
// stays in this object.
import type { Agent } from 'node:https';
import { lazyXmlParser } from '../../engine/lazy.js';
import { httpFetch, safeOrigin } from '../../transports/https.js';
import { TransportError } from '../../transports/types.js';

/** A parsed element: its attributes under '@name', its text under '#text', its children as lists. */
export type XmlNode = { '#text'?: string } & { [name: string]: XmlNode[] | string | undefined };

const parser = lazyXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // xsi:type reads as @type, soapenv:Body as Body
  removeNSPrefix: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

export const xmlEscape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface MoRef {
  type: string;
  value: string;
}

/** `<tag type="T">value</tag>`, both escaped. */
export const moRef = (tag: string, ref: MoRef): string => `<${tag} type="${xmlEscape(ref.type)}">${xmlEscape(ref.value)}</${tag}>`;
export const el = (tag: string, value: string): string => `<${tag}>${xmlEscape(value)}</${tag}>`;

const envelope = (body: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;

// Children and text of parsed elements; a text-only element is parsed as a plain string.
export const kids = (n: XmlNode | undefined, name: string): XmlNode[] => {
  const v = n?.[name];
  if (!Array.isArray(v)) return [];
  return v.map((x: XmlNode | string) => (typeof x === 'string' ? ({ '#text': x } as XmlNode) : x));
};
export const kid = (n: XmlNode | undefined, name: string): XmlNode | undefined => kids(n, name)[0];
export const textOf = (n: XmlNode | undefined): string => (n?.['#text'] !== undefined ? String(n['#text']) : '');
export const attrOf = (n: XmlNode | undefined, name: string): string => {
  const v = n?.[`@${name}`];
  return typeof v === 'string' ? v : '';
};
export const childText = (n: XmlNode | undefined, name: string): string => textOf(kid(n, name));

/** The `<Body>` of a SOAP envelope; undefined when the text is not one. */
export function soapBody(text: string): XmlNode | undefined {
  try {
    return text.trim() ? kid(kid(parser().parse(text) as XmlNode, 'Envelope'), 'Body') : undefined;
  } catch {
    return undefined;
  }
}

/** A SOAP fault: `fault` is the vim25 fault type (InvalidLogin, NoPermission, ...), '' when none is named. */
export class SoapFault extends TransportError {
  constructor(
    readonly fault: string,
    message: string,
  ) {
    super(message);
    this.name = 'SoapFault';
  }
}

/** The HTTP status of a /sdk call that is neither a result nor a SOAP fault. */
export class SoapHttpError extends TransportError {
  constructor(readonly status: number) {
    super(`/sdk: HTTP ${status}${status === 401 ? ' (authentication failed)' : status === 403 ? ' (forbidden)' : status === 404 ? ' (not found: no vim25 SOAP API here)' : ''}`);
    this.name = 'SoapHttpError';
  }
}

// The version of the vim25 namespace asked for: 6.7 is answered by vCenter and ESXi 6.7 and later,
// and every property read here exists in it.
const SOAP_ACTION = '"urn:vim25/6.7"';
const SESSION_COOKIE = /(?:^|[;,]\s*)(vmware_soap_session=(?:"[^"]*"|[^;,\s]*))/;

export interface CallBudget {
  /** epoch ms when the target's budget ends */
  deadline: number;
  signal: AbortSignal;
}

export class SoapClient {
  /** `vmware_soap_session=...`, once logged in */
  private cookie: string | undefined;

  constructor(
    private readonly origin: string,
    private readonly agent: Agent,
    private readonly budget: CallBudget,
  ) {}

  /** The session cookie's value, for scrubbing it from any text that could carry it. */
  get sessionSecret(): string | undefined {
    return this.cookie?.slice(this.cookie.indexOf('=') + 1).replace(/^"|"$/g, '');
  }

  /** One call: the `<METHODResponse>` element, or a SoapFault / SoapHttpError / TransportError. */
  async call(method: string, body: string): Promise<XmlNode> {
    const timeoutMs = Math.max(1, this.budget.deadline - Date.now());
    const res = await httpFetch({
      url: `${this.origin}/sdk`,
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: SOAP_ACTION, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: envelope(body),
      agent: this.agent,
      timeoutMs,
      signal: this.budget.signal,
    });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const m = SESSION_COOKIE.exec(c);
      if (m) this.cookie = m[1];
    }
    const bodyNode = soapBody(res.body.toString('utf8'));
    const fault = kid(bodyNode, 'Fault');
    if (fault) throw faultOf(fault);
    if (res.status < 200 || res.status > 299) throw new SoapHttpError(res.status);
    const answer = kid(bodyNode, `${method}Response`);
    if (!answer) throw new TransportError(`${safeOrigin(this.origin)}/sdk: ${method} gave no ${method}Response`);
    return answer;
  }

  hasSession(): boolean {
    return this.cookie !== undefined;
  }
}

/** A vim25 fault as one line: "NoPermission: Permission to perform this operation was denied. (System.View on Folder group-d1)". */
function faultOf(fault: XmlNode): SoapFault {
  const detail = kid(fault, 'detail');
  const inner = detail ? Object.keys(detail).filter((k) => !k.startsWith('@') && k !== '#text').map((k) => kid(detail, k)!)[0] : undefined;
  const innerName = detail ? (Object.keys(detail).find((k) => !k.startsWith('@') && k !== '#text') ?? '') : '';
  const type = attrOf(inner, 'type') || innerName.replace(/Fault$/, '');
  return new SoapFault(type, faultLine(type, childText(fault, 'faultstring'), inner));
}

/** NoPermission names the privilege and the object; other faults are their type and text. */
export function faultLine(type: string, message: string, fault: XmlNode | undefined): string {
  const privilege = childText(fault, 'privilegeId');
  const obj = kid(fault, 'object');
  const where = privilege ? ` (${privilege}${obj ? ` on ${attrOf(obj, 'type')} ${textOf(obj)}` : ''})` : '';
  return `${type || 'SOAP fault'}: ${message || 'no message'}${where}`;
}
