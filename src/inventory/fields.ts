// The inventory fields that end up in reports, terminals or a remote tool's arguments, checked
// before the schema so that a refusal names the field and the character (src/inventory/load.ts
// says why an inventory is read as hostile input). Each check gives the first problem as one
// line, or undefined.
import { errorMessage } from '../engine/errors.js';
import { KINDS, type TargetKind } from '../kinds/registry.js';

/** Longest target name (a DNS name), address (a URL), user, label key or value. */
export const MAX_NAME_LENGTH = 253;
export const MAX_ADDRESS_LENGTH = 2048;
export const MAX_USER_LENGTH = 256;
export const MAX_LABEL_LENGTH = 256;

/** C0/C1 controls, DEL, Unicode line/paragraph separators, bidi marks, overrides and isolates, BOM. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Characters a shell (or a remote command line) gives a meaning to, plus whitespace. */
const SHELL_META = /[\s;|&$`<>(){}'"\\]/;
/** The same, less the backslash: Windows users are written DOMAIN\user. */
const SHELL_META_DOMAIN_USER = /[\s;|&$`<>(){}'"]/;

/** Escape everything but printable ASCII, so a message stays one line and cannot drive a terminal. */
export function printable(s: string, max = 80): string {
  const cut = s.length > max ? `${s.slice(0, max)}...` : s;
  return cut.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The first control character in `s`, as "U+000A", or undefined. */
const controlIn = (s: string): string | undefined => {
  const m = CONTROL.exec(s);
  return m ? codePoint(m[0]) : undefined;
};

function checkName(where: string, v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined; // the schema reports the type
  const c = controlIn(v);
  if (c) return `${where}: contains the control character ${c}; a name is printed in reports and terminals`;
  if (v.length > MAX_NAME_LENGTH) return `${where}: longer than ${MAX_NAME_LENGTH} characters`;
  return undefined;
}

function checkAddress(where: string, v: unknown, kind: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const c = controlIn(v);
  if (c) return `${where}: contains the control character ${c}`;
  if (v.length > MAX_ADDRESS_LENGTH) return `${where}: longer than ${MAX_ADDRESS_LENGTH} characters`;
  if (v.startsWith('-')) return `${where}: starts with "-" (it would read as an option to ssh-like tools)`;
  if (kind === 'linux' || kind === 'windows') {
    // handed to ssh / WinRM clients: a host name, an IP address (IPv6 in brackets) or a URL
    const m = SHELL_META.exec(v);
    if (m && !/\s/.test(m[0])) return `${where}: contains the shell metacharacter ${JSON.stringify(m[0])}; a ${kind} address is a host name, IP address or URL`;
  }
  if (/\s/.test(v)) return `${where}: contains whitespace; an address is a host name, IP address or URL`;
  // the kind's own rules: a libvirt connection URI, a Proxmox or S3 endpoint URL
  const own = typeof kind === 'string' && kind in KINDS ? KINDS[kind as TargetKind].checkAddress : undefined;
  try {
    own?.(v);
  } catch (err) {
    return `${where}: ${errorMessage(err)}`;
  }
  return undefined;
}

function checkUser(where: string, v: unknown, kind: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const c = controlIn(v);
  if (c) return `${where}: contains the control character ${c}`;
  if (v.length > MAX_USER_LENGTH) return `${where}: longer than ${MAX_USER_LENGTH} characters`;
  if (v.startsWith('-')) return `${where}: starts with "-" (it would read as an option to ssh-like tools)`;
  // Windows (and vSphere...) accounts may be written DOMAIN\user; an ssh login name has no backslash
  const m = (kind === 'linux' ? SHELL_META : SHELL_META_DOMAIN_USER).exec(v);
  if (m) return `${where}: contains ${/\s/.test(m[0]) ? 'whitespace' : `the shell metacharacter ${JSON.stringify(m[0])}`}`;
  return undefined;
}

function checkLabels(where: string, v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  for (const [key, value] of Object.entries(v)) {
    const ck = controlIn(key);
    if (ck) return `${where}: a label key contains the control character ${ck}`;
    if (key.length > MAX_LABEL_LENGTH) return `${where}: a label key is longer than ${MAX_LABEL_LENGTH} characters`;
    if (typeof value !== 'string') continue;
    const cv = controlIn(value);
    if (cv) return `${where}/${key}: contains the control character ${cv}; labels are printed in reports and terminals`;
    if (value.length > MAX_LABEL_LENGTH) return `${where}/${key}: longer than ${MAX_LABEL_LENGTH} characters`;
  }
  return undefined;
}

/** Options a kind reads itself (an s3 target's buckets and retention rules): checked by the kind. */
function checkKindOptions(at: string, t: Record<string, unknown>): string | undefined {
  const own = typeof t.kind === 'string' && t.kind in KINDS ? KINDS[t.kind as TargetKind].checkOptions : undefined;
  if (!own || !isRecord(t.options)) return undefined;
  try {
    own(t.options);
  } catch (err) {
    return `${at}/${errorMessage(err)}`;
  }
  return undefined;
}

/** Jump hosts are ssh destinations: the address rules of a Linux host, user part included. */
function checkJumps(where: string, v: unknown): string | undefined {
  if (!Array.isArray(v)) return undefined;
  for (let i = 0; i < v.length; i++) {
    const bad = checkAddress(`${where}/${i}`, v[i], 'linux');
    if (bad) return bad;
  }
  return undefined;
}

/** Paths, a context name and credential file references: printed in messages, so no control characters. */
function checkPaths(at: string, t: Record<string, unknown>): string | undefined {
  const fields: [string, unknown][] = [
    ['root', t.root],
    ['kubeconfig', t.kubeconfig],
    ['context', t.context],
    ['knownHosts', t.knownHosts],
    ['ca', t.ca],
    ...(Array.isArray(t.manifests) ? t.manifests.map((m, i): [string, unknown] => [`manifests/${i}`, m]) : []),
    ...(isRecord(t.credentials) ? Object.entries(t.credentials).map(([k, v]): [string, unknown] => [`credentials/${k}/file`, isRecord(v) ? v.file : undefined]) : []),
  ];
  for (const [field, v] of fields) {
    if (typeof v !== 'string') continue;
    const c = controlIn(v);
    if (c) return `${at}/${field}: contains the control character ${c}`;
  }
  return undefined;
}

/**
 * The fields that reach reports, terminals or a remote tool's arguments, checked before the schema
 * so the refusal names the field and the character: the first problem found, or undefined.
 */
export function checkFields(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const defaults = isRecord(raw.defaults) ? raw.defaults : {};
  const problem = checkUser('defaults/user', defaults.user, undefined) ?? checkLabels('defaults/labels', defaults.labels);
  if (problem) return problem;
  if (!Array.isArray(raw.targets)) return undefined;
  for (let i = 0; i < raw.targets.length; i++) {
    const t: unknown = raw.targets[i];
    if (!isRecord(t)) continue;
    const at = `targets/${i}`;
    const bad =
      checkName(`${at}/name`, t.name) ??
      checkAddress(`${at}/address`, t.address, t.kind) ??
      (t.user !== undefined ? checkUser(`${at}/user`, t.user, t.kind) : checkUser(`${at}/user (from defaults)`, defaults.user, t.kind)) ??
      checkLabels(`${at}/labels`, t.labels) ??
      checkPaths(at, t) ??
      checkJumps(`${at}/jump`, t.jump) ??
      checkKindOptions(at, t);
    if (bad) return bad;
  }
  return undefined;
}

