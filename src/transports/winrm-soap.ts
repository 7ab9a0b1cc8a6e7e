// The WS-Management remote shell messages (MS-WSMV 3.1.4, the `windows/shell/cmd` resource):
// request envelopes built from one template with every value XML-escaped, and answers read with
// fast-xml-parser (namespace prefixes dropped: servers spell them `s:`, `SOAP-ENV:`...). A SOAP
// fault becomes a WinrmFault whose message is one line a person can act on.
import { randomUUID } from 'node:crypto';
import { lazyXmlParser } from '../engine/lazy.js';

export const NS = {
  env: 'http://www.w3.org/2003/05/soap-envelope',
  a: 'http://schemas.xmlsoap.org/ws/2004/08/addressing',
  w: 'http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd',
  p: 'http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd',
  rsp: 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell',
} as const;

export const SHELL_URI = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd';
export const ACTIONS = {
  create: 'http://schemas.xmlsoap.org/ws/2004/09/transfer/Create',
  delete: 'http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete',
  command: 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command',
  send: 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Send',
  receive: 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive',
  signal: 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal',
} as const;
export const SIGNAL_TERMINATE = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate';
const STATE_DONE = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done';
const ANONYMOUS = 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous';
/** what Windows accepts by default (MaxEnvelopeSizekb 500 since 2012; 150 KiB before) */
export const MAX_ENVELOPE = 153600;

export const xmlEscape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface EnvelopeParts {
  /** the endpoint URL (a:To) */
  to: string;
  action: string;
  /** ISO 8601 duration seconds for w:OperationTimeout */
  operationTimeoutS: number;
  shellId?: string;
  options?: Readonly<Record<string, string>>;
  /** body XML, already built from escaped values */
  body: string;
  messageId?: string;
}

export function envelope(p: EnvelopeParts): string {
  const selectors = p.shellId === undefined ? '' : `<w:SelectorSet><w:Selector Name="ShellId">${xmlEscape(p.shellId)}</w:Selector></w:SelectorSet>`;
  const options = p.options ? `<w:OptionSet>${Object.entries(p.options).map(([k, v]) => `<w:Option Name="${xmlEscape(k)}">${xmlEscape(v)}</w:Option>`).join('')}</w:OptionSet>` : '';
  return (
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<env:Envelope xmlns:env="${NS.env}" xmlns:a="${NS.a}" xmlns:w="${NS.w}" xmlns:p="${NS.p}" xmlns:rsp="${NS.rsp}">` +
    `<env:Header>` +
    `<a:To>${xmlEscape(p.to)}</a:To>` +
    `<a:ReplyTo><a:Address mustUnderstand="true">${ANONYMOUS}</a:Address></a:ReplyTo>` +
    `<w:MaxEnvelopeSize mustUnderstand="true">${MAX_ENVELOPE}</w:MaxEnvelopeSize>` +
    `<a:MessageID>uuid:${xmlEscape(p.messageId ?? randomUUID().toUpperCase())}</a:MessageID>` +
    `<w:Locale mustUnderstand="false" xml:lang="en-US"/>` +
    `<p:DataLocale mustUnderstand="false" xml:lang="en-US"/>` +
    `<w:OperationTimeout>PT${Math.max(1, Math.floor(p.operationTimeoutS))}S</w:OperationTimeout>` +
    `<w:ResourceURI mustUnderstand="true">${SHELL_URI}</w:ResourceURI>` +
    `<a:Action mustUnderstand="true">${xmlEscape(p.action)}</a:Action>` +
    selectors +
    options +
    `</env:Header>` +
    `<env:Body>${p.body}</env:Body>` +
    `</env:Envelope>`
  );
}

type Common = Pick<EnvelopeParts, 'to' | 'operationTimeoutS'>;

/** A cmd shell with no profile loaded, UTF-8 output (code page 65001). */
export const createShellRequest = (c: Common): string =>
  envelope({
    ...c,
    action: ACTIONS.create,
    options: { WINRS_NOPROFILE: 'TRUE', WINRS_CODEPAGE: '65001' },
    body: `<rsp:Shell><rsp:InputStreams>stdin</rsp:InputStreams><rsp:OutputStreams>stdout stderr</rsp:OutputStreams></rsp:Shell>`,
  });

/**
 * Run one command line. WINRS_SKIP_CMD_SHELL=TRUE starts the program directly, without `cmd /c`,
 * so no cmd.exe metacharacter in an argument is ever interpreted. With stdin to send, stdin is a
 * pipe (CONSOLEMODE_STDIN=FALSE), as a script piped to powershell.exe needs.
 */
export const commandRequest = (c: Common, shellId: string, commandLine: string, pipedStdin: boolean): string =>
  envelope({
    ...c,
    action: ACTIONS.command,
    shellId,
    options: { WINRS_CONSOLEMODE_STDIN: pipedStdin ? 'FALSE' : 'TRUE', WINRS_SKIP_CMD_SHELL: 'TRUE' },
    body: `<rsp:CommandLine><rsp:Command>${xmlEscape(commandLine)}</rsp:Command></rsp:CommandLine>`,
  });

export const sendRequest = (c: Common, shellId: string, commandId: string, data: Buffer, end: boolean): string =>
  envelope({
    ...c,
    action: ACTIONS.send,
    shellId,
    body: `<rsp:Send><rsp:Stream Name="stdin" CommandId="${xmlEscape(commandId)}"${end ? ' End="true"' : ''}>${data.toString('base64')}</rsp:Stream></rsp:Send>`,
  });

export const receiveRequest = (c: Common, shellId: string, commandId: string): string =>
  envelope({ ...c, action: ACTIONS.receive, shellId, body: `<rsp:Receive><rsp:DesiredStream CommandId="${xmlEscape(commandId)}">stdout stderr</rsp:DesiredStream></rsp:Receive>` });

export const signalRequest = (c: Common, shellId: string, commandId: string): string =>
  envelope({ ...c, action: ACTIONS.signal, shellId, body: `<rsp:Signal CommandId="${xmlEscape(commandId)}"><rsp:Code>${SIGNAL_TERMINATE}</rsp:Code></rsp:Signal>` });

export const deleteShellRequest = (c: Common, shellId: string): string => envelope({ ...c, action: ACTIONS.delete, shellId, body: '' });

// ---- answers ----

const parser = lazyXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['Stream', 'Selector', 'Text', 'Option', 'Value'].includes(name),
});

type Node = Record<string, unknown>;
const obj = (v: unknown): Node | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
/** an element's text, whether the parser gave a string or {#text, @_attr} */
const textOf = (v: unknown): string | undefined => {
  const x = first(v);
  if (typeof x === 'string') return x;
  const t = obj(x)?.['#text'];
  return typeof t === 'string' ? t : typeof t === 'number' ? String(t) : undefined;
};

export interface Parsed {
  action?: string;
  header: Node;
  body: Node;
}

export class WinrmFault extends Error {
  constructor(
    message: string,
    /** the WS-Management subcode without its prefix: 'TimedOut', 'QuotaLimit', 'AccessDenied'... */
    readonly subcode: string,
  ) {
    super(message);
    this.name = 'WinrmFault';
  }
}

export class WinrmProtocolError extends Error {}

/** Parse an answer; a SOAP fault is thrown as a WinrmFault. */
export function parseAnswer(xml: string): Parsed {
  let doc: Node;
  try {
    doc = parser().parse(xml) as Node;
  } catch {
    throw new WinrmProtocolError('the answer is not XML');
  }
  const env = obj(doc.Envelope);
  const body = obj(env?.Body);
  if (!env || !body) throw new WinrmProtocolError('the answer is not a SOAP envelope');
  const header = obj(env.Header) ?? {};
  const fault = obj(body.Fault);
  if (fault) throw faultFrom(fault);
  const action = textOf(header.Action);
  return { ...(action ? { action } : {}), header, body };
}

const prefixless = (v: string | undefined): string => (v ?? '').replace(/^.*:/, '');

/** Reason text or, lacking one, the WSManFault message (which may nest a ProviderFault). */
function faultText(fault: Node): string {
  const reason = textOf(obj(fault.Reason)?.Text);
  if (reason) return reason;
  const detail = obj(fault.Detail);
  const wsman = obj(detail?.WSManFault);
  const msg = obj(wsman?.Message);
  const nested = msg ? textOf(msg.ProviderFault) : textOf(wsman?.Message);
  if (nested) return nested;
  const wmi = obj(detail?.MSFT_WmiError);
  return textOf(wmi?.Message) ?? '';
}

/** WSManFault Code 5 is ERROR_ACCESS_DENIED */
const ACCESS_DENIED_CODES = new Set(['5', '2147942405']);

export function faultFrom(fault: Node): WinrmFault {
  const code = obj(fault.Code);
  const values = [textOf(code?.Value), textOf(obj(code?.Subcode)?.Value)].map(prefixless);
  const subcode = values[1] || values[0] || 'Unknown';
  // one line: a reason wrapped over several lines is joined, a very long one cut
  const joined = faultText(fault).replace(/\s+/g, ' ').trim();
  const text = joined.length > 300 ? `${joined.slice(0, 297)}...` : joined;
  const wsmanCode = String(obj(obj(fault.Detail)?.WSManFault)?.['@_Code'] ?? '');
  const said = text ? `: ${text}` : '';
  if (subcode === 'AccessDenied' || ACCESS_DENIED_CODES.has(wsmanCode)) return new WinrmFault(`access denied: the account may not open a remote shell (WinRM needs it in Administrators or Remote Management Users)${said}`, 'AccessDenied');
  if (subcode === 'QuotaLimit') return new WinrmFault(`shell quota exceeded: this account has too many remote shells open on the host${said}`, subcode);
  if (subcode === 'TimedOut') return new WinrmFault(`operation timeout: the WS-Management service did not answer within its OperationTimeout${said}`, subcode);
  if (subcode === 'DestinationUnreachable' || subcode === 'InvalidResourceURI' || subcode === 'ActionNotSupported') return new WinrmFault(`unknown resource URI: the endpoint has no remote cmd shell (${SHELL_URI})${said}`, subcode);
  if (subcode === 'InvalidSelectors') return new WinrmFault(`the remote shell is gone (wsman:InvalidSelectors: the ShellId is unknown to the host)${said}`, subcode);
  return new WinrmFault(`WinRM fault ${subcode}${said}`, subcode);
}

/** The ShellId of a CreateResponse: the ShellId selector, or rsp:Shell/rsp:ShellId. */
export function shellIdOf(p: Parsed): string {
  const selectors = obj(obj(obj(p.body.ResourceCreated)?.ReferenceParameters)?.SelectorSet)?.Selector;
  const sel = (Array.isArray(selectors) ? selectors : []).map(obj).find((s) => s?.['@_Name'] === 'ShellId');
  const id = textOf(sel) ?? textOf(obj(p.body.Shell)?.ShellId);
  if (!id) throw new WinrmProtocolError('the shell was created but the answer names no ShellId');
  return id;
}

export function commandIdOf(p: Parsed): string {
  const id = textOf(obj(p.body.CommandResponse)?.CommandId);
  if (!id) throw new WinrmProtocolError('the command answer names no CommandId');
  return id;
}

export interface Received {
  stdout: Buffer[];
  stderr: Buffer[];
  done: boolean;
  exitCode?: number;
}

export function receivedOf(p: Parsed, commandId: string): Received {
  const r = obj(p.body.ReceiveResponse);
  if (!r) throw new WinrmProtocolError('the answer to Receive is not a ReceiveResponse');
  const out: Received = { stdout: [], stderr: [], done: false };
  const streams = Array.isArray(r.Stream) ? r.Stream : [];
  for (const s of streams) {
    const node = obj(s);
    const name = typeof s === 'string' ? undefined : node?.['@_Name'];
    const id = node?.['@_CommandId'];
    if (id !== undefined && typeof id === 'string' && id.toUpperCase() !== commandId.toUpperCase()) continue;
    const data = textOf(s);
    if (!data) continue;
    const bytes = Buffer.from(data, 'base64');
    if (name === 'stdout') out.stdout.push(bytes);
    else if (name === 'stderr') out.stderr.push(bytes);
  }
  const state = obj(r.CommandState);
  if (state?.['@_State'] === STATE_DONE) {
    out.done = true;
    const code = textOf(state.ExitCode);
    if (code !== undefined && /^-?\d+$/.test(code.trim())) out.exitCode = Number(code.trim());
  }
  return out;
}
