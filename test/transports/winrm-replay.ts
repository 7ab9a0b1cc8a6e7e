// Replaying the recorded pywinrm conversation (fixtures/winrm/pywinrm): each request is answered
// by Action with the recorded response, and compared with the recorded request of that step.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { SoapAnswer } from '../helpers/winrm-server.js';

export const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/winrm/${name}`, import.meta.url), 'utf8');

const SHELL_NS = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/';
export const ACTION = {
  create: 'http://schemas.xmlsoap.org/ws/2004/09/transfer/Create',
  delete: 'http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete',
  command: `${SHELL_NS}Command`,
  send: `${SHELL_NS}Send`,
  receive: `${SHELL_NS}Receive`,
  signal: `${SHELL_NS}Signal`,
};

/** the recorded request of each step of the stdin conversation */
export const RECORDED_REQUEST: Record<string, string> = {
  [ACTION.create]: 'pywinrm/conftest__open_shell_request.xml',
  [ACTION.command]: 'pywinrm/conftest__run_cmd_req_input.xml',
  [ACTION.send]: 'pywinrm/conftest__run_cmd_send_input.xml',
  [ACTION.receive]: 'pywinrm/conftest__run_cmd_send_input_get_output.xml',
  [ACTION.signal]: 'pywinrm/conftest__stdin_cmd_cleanup.xml',
  [ACTION.delete]: 'pywinrm/conftest__close_shell_request.xml',
};

/** and its recorded response */
export const RECORDED_RESPONSE: Record<string, string> = {
  [ACTION.create]: 'pywinrm/conftest__open_shell_response.xml',
  [ACTION.command]: 'pywinrm/conftest__run_cmd_req_input_response.xml',
  [ACTION.send]: 'pywinrm/conftest__run_cmd_send_input_response.xml',
  [ACTION.receive]: 'pywinrm/conftest__run_cmd_send_input_get_output_response.xml',
  [ACTION.signal]: 'pywinrm/conftest__stdin_cmd_cleanup_response.xml',
  [ACTION.delete]: 'pywinrm/conftest__close_shell_response.xml',
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, parseTagValue: false, trimValues: true });
type Node = Record<string, unknown>;

export function actionOf(xml: string): string {
  const env = (parser.parse(xml) as Node).Envelope as Node;
  const a = (env.Header as Node).Action as Node | string;
  return typeof a === 'string' ? a : String(a['#text']);
}

/** An element's shape: child element names (recursively) and attribute names, without text or namespace declarations. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (!v || typeof v !== 'object') return '#';
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Node).sort(([a], [b]) => a.localeCompare(b))) {
    if (k === '#text' || k.startsWith('@_xmlns') || k === '@_lang' || k === '@_mustUnderstand') continue;
    out[k] = k.startsWith('@_') ? '@' : shape(x);
  }
  return out;
}

export interface Structure {
  action: string;
  resourceUri: string;
  headers: string[];
  selectors: Record<string, string>;
  options: string[];
  body: unknown;
  /** CommandId and Name attributes of the body's streams, the Signal code */
  bodyValues: string[];
}

export function structure(xml: string): Structure {
  const env = (parser.parse(xml) as Node).Envelope as Node;
  const h = env.Header as Node;
  const text = (v: unknown): string => (typeof v === 'string' ? v : String((v as Node)['#text'] ?? ''));
  const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);
  const selectors = Object.fromEntries(list((h.SelectorSet as Node | undefined)?.Selector).map((s) => [String(s['@_Name']), text(s)]));
  const options = list((h.OptionSet as Node | undefined)?.Option)
    .map((o) => String(o['@_Name']))
    .sort();
  const body = (env.Body as Node | string | undefined) ?? {};
  const values: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Node)) {
      if (k === '@_CommandId' || k === '@_Name') values.push(`${k}=${String(x)}`);
      else if (k === 'Code') values.push(`Code=${text(x)}`);
      else walk(x);
    }
  };
  walk(body);
  return {
    action: text(h.Action),
    resourceUri: text(h.ResourceURI),
    headers: Object.keys(h)
      .filter((k) => !k.startsWith('@_'))
      .sort(),
    selectors,
    options,
    body: typeof body === 'string' ? {} : shape(body),
    bodyValues: values.sort(),
  };
}

/** The recorded timeout fault (a Receive long poll that ended with nothing), HTTP 500 as Windows sends it. */
export const TIMED_OUT: SoapAnswer = { status: 500, xml: fixture('pywinrm/test_exceptions__test_wsman_fault_known_fault.xml') };

/**
 * The stdin conversation, answered by Action; `receive` may replace the Receive answers in turn
 * (the last one repeats).
 */
export function conversation(receive: SoapAnswer[] = [{ xml: fixture(RECORDED_RESPONSE[ACTION.receive]!) }]): (xml: string) => SoapAnswer {
  let receives = 0;
  return (xml) => {
    const action = actionOf(xml);
    if (action === ACTION.receive) return receive[Math.min(receives++, receive.length - 1)]!;
    const file = RECORDED_RESPONSE[action];
    return file ? { xml: fixture(file) } : { status: 500, xml: fixture('pywinrm/test_exceptions__test_wsman_fault_no_reason.xml') };
  };
}

/** A ReceiveResponse like the recorded one, whose stdout is `text` (Done, exit `code`). */
export function receiveWith(text: string, code = 0, commandId = '11111111-1111-1111-1111-111111111111'): SoapAnswer {
  const recorded = fixture(RECORDED_RESPONSE[ACTION.receive]!);
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  const xml = recorded
    .replace(/(<rsp:Stream Name="stdout" CommandId="[^"]+">)[^<]*(<\/rsp:Stream>)/, `$1${b64}$2`)
    .replace(/\s*<rsp:Stream Name="stdout" CommandId="[^"]+">[^<]*<\/rsp:Stream>(?=\s*<rsp:Stream Name="stdout" CommandId="[^"]+" End)/, '')
    .replace(/<rsp:ExitCode>0<\/rsp:ExitCode>/, `<rsp:ExitCode>${code}</rsp:ExitCode>`)
    .replaceAll('11111111-1111-1111-1111-111111111111', commandId);
  return { xml };
}

/** Answers whose RelatesTo names the request's MessageID, as a live host's do (pywinrm checks it on Signal). */
export function relating(answer: (xml: string) => SoapAnswer): (xml: string) => SoapAnswer {
  return (xml) => {
    const id = /<a:MessageID>([^<]+)<\/a:MessageID>/.exec(xml)?.[1];
    const a = answer(xml);
    return id ? { ...a, xml: a.xml.replace(/<a:RelatesTo>[^<]*<\/a:RelatesTo>/, `<a:RelatesTo>${id}</a:RelatesTo>`) } : a;
  };
}
