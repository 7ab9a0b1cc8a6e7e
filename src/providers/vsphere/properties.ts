// The property collector, read-only: RetrievePropertiesEx over either a list of known objects (the
// ids vCenter's REST API listed) or the inventory tree from the root folder (an ESXi host, which
// has no REST API), then ContinueRetrievePropertiesEx while a page token comes back.
import { attrOf, childText, el, faultLine, kid, kids, moRef, textOf, type MoRef, type SoapClient, type XmlNode } from './soap.js';

/** One object's answer: its properties by path, and the paths it could not read, with the fault. */
export interface ObjectContent {
  obj: MoRef;
  props: Map<string, XmlNode>;
  missing: { path: string; reason: string }[];
}

export type Start = { objects: MoRef[] } | { root: MoRef };

// Folder -> childEntity, Datacenter -> hostFolder / vmFolder, ComputeResource -> host,
// VirtualApp -> vm: every host and VM below the root folder, and nothing else.
const TRAVERSAL: readonly [name: string, type: string, path: string, next: readonly string[]][] = [
  ['folder', 'Folder', 'childEntity', ['folder', 'dcHosts', 'dcVms', 'crHosts', 'vappVms']],
  ['dcHosts', 'Datacenter', 'hostFolder', ['folder']],
  ['dcVms', 'Datacenter', 'vmFolder', ['folder']],
  ['crHosts', 'ComputeResource', 'host', []],
  ['vappVms', 'VirtualApp', 'vm', []],
];

const traversal = (): string =>
  TRAVERSAL.map(([name, type, path, next]) => `<selectSet xsi:type="TraversalSpec">${el('name', name)}${el('type', type)}${el('path', path)}<skip>false</skip>${next.map((n) => `<selectSet>${el('name', n)}</selectSet>`).join('')}</selectSet>`).join('');

function specSet(type: string, paths: readonly string[], start: Start): string {
  const propSet = `<propSet>${el('type', type)}<all>false</all>${paths.map((p) => el('pathSet', p)).join('')}</propSet>`;
  const objectSet = 'objects' in start
    ? start.objects.map((o) => `<objectSet>${moRef('obj', o)}<skip>false</skip></objectSet>`).join('')
    : `<objectSet>${moRef('obj', start.root)}<skip>false</skip>${traversal()}</objectSet>`;
  return `<specSet>${propSet}${objectSet}</specSet>`;
}

/**
 * Every object of `type` the start reaches, with `paths` read, `perPage` objects an answer (a host's
 * config.option alone is a few hundred kB); faults (NoPermission...) are thrown as SoapFault.
 */
export async function retrieve(soap: SoapClient, collector: MoRef, type: string, paths: readonly string[], start: Start, perPage = 100): Promise<ObjectContent[]> {
  if ('objects' in start && start.objects.length === 0) return [];
  const out: ObjectContent[] = [];
  let answer = await soap.call('RetrievePropertiesEx', `<RetrievePropertiesEx xmlns="urn:vim25">${moRef('_this', collector)}${specSet(type, paths, start)}<options>${el('maxObjects', String(perPage))}</options></RetrievePropertiesEx>`);
  for (;;) {
    const result = kid(answer, 'returnval');
    for (const o of kids(result, 'objects')) out.push(objectContent(o));
    const token = childText(result, 'token');
    if (!token) return out;
    answer = await soap.call('ContinueRetrievePropertiesEx', `<ContinueRetrievePropertiesEx xmlns="urn:vim25">${moRef('_this', collector)}${el('token', token)}</ContinueRetrievePropertiesEx>`);
  }
}

function objectContent(o: XmlNode): ObjectContent {
  const obj = kid(o, 'obj');
  const props = new Map<string, XmlNode>();
  for (const p of kids(o, 'propSet')) {
    const val = kid(p, 'val');
    if (val) props.set(childText(p, 'name'), val);
  }
  const missing = kids(o, 'missingSet').map((m) => {
    // MissingProperty.fault is a LocalizedMethodFault: the fault itself, and its message
    const lmf = kid(m, 'fault');
    const fault = kid(lmf, 'fault');
    return { path: childText(m, 'path'), reason: faultLine(attrOf(fault, 'type'), childText(lmf, 'localizedMessage'), fault) };
  });
  return { obj: { type: attrOf(obj, 'type'), value: textOf(obj) }, props, missing };
}

// Reading values of the data objects the paths return.
export const valText = (v: XmlNode | undefined): string => textOf(v);
export const valBool = (v: XmlNode | undefined): boolean => textOf(v).toLowerCase() === 'true';
/** ArrayOfString -> string[] */
export const valStrings = (v: XmlNode | undefined): string[] => kids(v, 'string').map(textOf).filter((s) => s !== '');
/** ArrayOfOptionValue -> key -> value (as text) */
export function valOptions(v: XmlNode | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of kids(v, 'OptionValue')) out.set(childText(o, 'key'), childText(o, 'value'));
  return out;
}
