// Reading an inventory file: YAML (or JSON) -> schema check -> targets. Every problem a user can
// make is a UsageError with one line naming the file; inline secrets are accepted with a warning.
//
// An inventory may come from someone else (a CMDB export, a pull request), so it is read as
// hostile input. Each limit below is checked before the work it protects, and each refusal is one
// line on stderr, exit 2, before any target is contacted:
//   - size: at most MAX_INVENTORY_BYTES (8 MiB). The file is stat'ed first, then read with a
//     bounded read (a pipe or device that stat says is empty cannot stream forever);
//   - NUL bytes: an inventory is text; a NUL anywhere is refused;
//   - nesting: at most MAX_INVENTORY_DEPTH (64) levels. A cheap one-pass scan estimates the depth
//     before the YAML parser runs (the parser recurses, and a few thousand `[` crash Node outright);
//     the parsed value is measured again afterwards;
//   - aliases: the YAML parser expands at most MAX_ALIAS_COUNT (100) alias nodes (billion laughs);
//   - targets: at most MAX_TARGETS (50,000). Every target needs a `kind` key, so a quick count of
//     `kind:` keys refuses a huge list before the (slow) parse; the parsed list is counted again;
//   - fields that end up in reports, terminals or remote tool arguments (fields.ts, checkFields):
//     name, address, user and labels may not hold control characters (NUL, newline, escape, DEL,
//     C1, Unicode line separators or bidi overrides); linux/windows addresses and every user may
//     not hold whitespace or shell metacharacters (a user may be DOMAIN\user, except for linux),
//     and no address or user may start with '-'. Names and labels are data and never reach a
//     shell; addresses and users are handed to ssh/WinRM clients as arguments.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { CST, Document } from 'yaml';
import { yamlPackage } from '../engine/lazy.js';
import { KINDS, type TransportName } from '../kinds/registry.js';
import type { TargetSpec } from '../kinds/types.js';
import { libvirtOptions } from '../kinds/libvirt.js';
import { winrmEndpointProblem } from '../kinds/windows.js';
import { parseSshDestination } from '../transports/ssh-destination.js';
import { UsageError, errorMessage } from '../engine/errors.js';
import { checkFields, printable } from './fields.js';
import { CREDENTIAL_FIELDS, describeSchemaError, inventoryValidator, type Credentials, type Inventory, type InventoryTarget } from './schema.js';

export interface LoadedInventory {
  inventory: Inventory;
  targets: TargetSpec[];
  warnings: string[];
}

/** Largest inventory file read (8 MiB: about 150,000 one-line targets, far beyond MAX_TARGETS). */
export const MAX_INVENTORY_BYTES = 8 * 1024 * 1024;
/** Most targets one inventory may list. */
export const MAX_TARGETS = 50_000;
/** Deepest nesting of YAML collections (a real inventory is about 6 deep). */
export const MAX_INVENTORY_DEPTH = 64;
/** Most alias nodes the YAML parser will expand. */
export const MAX_ALIAS_COUNT = 100;
/** The one-line refusal: "inventory FILE: PROBLEM", every non-printable character escaped. */
const refuse = (file: string, problem: string): UsageError => new UsageError(printable(`inventory ${file}: ${problem}`, 1000));

/** Parse and validate inventory text; `file` names the source in messages and anchors relative paths. */
export function parseInventory(text: string, file: string): LoadedInventory {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INVENTORY_BYTES) throw refuse(file, `${bytes} bytes, larger than the ${MAX_INVENTORY_BYTES / 1024 / 1024} MiB limit for an inventory`);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw refuse(file, `NUL byte at line ${lineOf(text, nul)}: an inventory is a text file`);
  const kinds = countKindKeys(text, MAX_TARGETS);
  if (kinds > MAX_TARGETS) throw refuse(file, `more than ${MAX_TARGETS} targets (the limit; counted over ${MAX_TARGETS} "kind:" keys)`);
  const raw = parseYaml(text, file);
  if (raw === null || raw === undefined) throw refuse(file, 'empty file');
  const depth = depthOf(raw, MAX_INVENTORY_DEPTH);
  if (depth > MAX_INVENTORY_DEPTH) throw refuse(file, `nested more than ${MAX_INVENTORY_DEPTH} levels deep once its aliases are expanded`);
  const list = (raw as { targets?: unknown }).targets;
  if (Array.isArray(list) && list.length > MAX_TARGETS) throw refuse(file, `${list.length} targets, more than the limit of ${MAX_TARGETS}`);
  const bad = checkFields(raw);
  if (bad) throw refuse(file, bad);
  const validate = inventoryValidator();
  if (!validate(raw)) {
    const errors = validate.errors ?? [];
    const first = errors.find((e) => e.keyword === 'oneOf') ?? errors[0];
    throw refuse(file, first ? describeSchemaError(first) : 'invalid');
  }
  const inventory = raw as Inventory;
  const warnings: string[] = [];
  const base = dirname(resolve(file));
  const seen = new Set<string>();
  const targets: TargetSpec[] = [];
  for (const t of inventory.targets) {
    const spec = toSpec(t, inventory, base);
    if (seen.has(spec.id)) throw refuse(file, `duplicate target ${spec.id}`);
    // plain http:// WinRM only with NTLM sealing: refused here, before anything is sent (exit 2)
    const winrm = spec.kind === 'windows' && spec.options.transport === 'winrm' && spec.address ? winrmEndpointProblem(spec.address, t.port, spec.options.auth) : undefined;
    if (winrm) throw refuse(file, `target ${t.name}: ${winrm}`);
    seen.add(spec.id);
    for (const field of CREDENTIAL_FIELDS) {
      if (typeof spec.options.credentials === 'object' && typeof (spec.options.credentials as Credentials)[field] === 'string') {
        warnings.push(printable(`inventory ${file}: target ${t.name}: inline secret in credentials.${field}; prefer {env: NAME} or {file: PATH}`, 1000));
      }
    }
    targets.push(spec);
  }
  return { inventory, targets, warnings };
}

/** Read at most MAX_INVENTORY_BYTES (stat first: a larger file is refused unread). */
export function loadInventory(file: string): LoadedInventory {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new UsageError(printable(`cannot read inventory ${file}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`, 1000));
  }
  let text: string;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(printable(`cannot read inventory ${file}: EISDIR`, 1000));
    if (st.size > MAX_INVENTORY_BYTES) throw refuse(file, `${st.size} bytes, larger than the ${MAX_INVENTORY_BYTES / 1024 / 1024} MiB limit for an inventory`);
    // a pipe or device reports size 0, and a file may grow: read in chunks, never past the limit
    const chunks: Buffer[] = [];
    let got = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunks.length ? 64 * 1024 : Math.max(st.size + 1, 64 * 1024), MAX_INVENTORY_BYTES + 1 - got));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (err) {
        throw new UsageError(printable(`cannot read inventory ${file}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`, 1000));
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      got += n;
      if (got > MAX_INVENTORY_BYTES) throw refuse(file, `larger than the ${MAX_INVENTORY_BYTES / 1024 / 1024} MiB limit for an inventory`);
    }
    text = Buffer.concat(chunks, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
  return parseInventory(text, file);
}

const lineOf = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** How many `kind:` keys the text holds (stops counting past `stop`); every target needs one. */
function countKindKeys(text: string, stop: number): number {
  const re = /(?:^|[\s{,])["']?kind["']?[ \t]*:/g;
  let count = 0;
  while (re.exec(text) && count <= stop) count++;
  return count;
}

class TooDeep extends Error {}

/**
 * YAML to a plain value. The CST parser is iterative; its stack is watched as each token is
 * read and the parse stops at MAX_INVENTORY_DEPTH, before the (recursive) composer sees the
 * tree: a few thousand nested `[` would otherwise overflow the stack or crash Node outright.
 */
function parseYaml(text: string, file: string): unknown {
  const { Composer, Lexer, Parser } = yamlPackage();
  function* tokens(): Generator<CST.Token, void> {
    const parser = new Parser();
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      // the stack holds the document and each open collection (and a pending scalar or two)
      if (parser.stack.length > MAX_INVENTORY_DEPTH + 2) throw new TooDeep();
    }
    yield* parser.end();
  }
  try {
    const composer = new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    let doc: Document.Parsed | undefined;
    for (const d of composer.compose(tokens(), true, text.length)) {
      if (doc) throw new Error('more than one YAML document');
      doc = d;
    }
    if (!doc) return undefined;
    if (doc.errors.length) throw doc.errors[0]!;
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof TooDeep) throw refuse(file, `nested more than ${MAX_INVENTORY_DEPTH} levels deep`);
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      throw refuse(file, `YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`);
    }
    if (err instanceof RangeError) throw refuse(file, 'nested too deep to parse');
    throw refuse(file, `invalid YAML: ${errorMessage(err).split('\n')[0]}`);
  }
}

/** Nesting depth of a parsed value, walked without recursion; stops counting past `stop` (so a cycle ends). */
function depthOf(value: unknown, stop: number): number {
  let max = 0;
  const todo: [unknown, number][] = [[value, 0]];
  while (todo.length) {
    const [v, d] = todo.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > stop) return max;
    for (const child of Object.values(v as Record<string, unknown>)) if (child && typeof child === 'object') todo.push([child, d + 1]);
  }
  return max;
}

const anchored = (base: string, p: string): string => (isAbsolute(p) || p.startsWith('~') ? p : resolve(base, p));

function defaultTransport(t: InventoryTarget): TransportName | undefined {
  if (t.transport) return t.transport;
  // kinds whose transport is their own client (kube, https) leave it to the collector
  const kind = KINDS[t.kind];
  return kind.transports.length > 1 || kind.transports[0] === 'local' || kind.transports[0] === 'ssh' || kind.transports[0] === 'winrm' ? kind.defaultTransport({ ...(t.address ? { address: t.address } : {}), ...(t.root ? { root: t.root } : {}) }) : undefined;
}

function toSpec(t: InventoryTarget, inv: Inventory, base: string): TargetSpec {
  const labels = { ...(inv.defaults?.labels ?? {}), ...(t.labels ?? {}) };
  const credentials = { ...(inv.defaults?.credentials ?? {}), ...(t.credentials ?? {}) };
  const options: TargetSpec['options'] = { ...(t.options ?? {}) };
  const transport = defaultTransport(t);
  if (transport) options.transport = transport;
  if (t.become) options.become = t.become;
  if (t.knownHosts) options.knownHosts = anchored(base, t.knownHosts);
  if (t.jump?.length) {
    for (const j of t.jump) parseSshDestination(j);
    options.jump = [...t.jump];
  }
  if (t.root) options.root = anchored(base, t.root);
  if (t.manifests) options.manifests = t.manifests.map((m) => anchored(base, m));
  if (t.kubeconfig) options.kubeconfig = anchored(base, t.kubeconfig);
  if (t.context) options.context = t.context;
  if (t.ca) options.ca = anchored(base, t.ca);
  // a libvirt target's address is its connection URI: it says the transport, virsh's URI and the SSH hop
  const lv = t.kind === 'libvirt' && t.address ? libvirtOptions(t.address) : {};
  if (typeof lv.uri === 'string') options.uri = lv.uri;
  if (typeof lv.sshHost === 'string') options.sshHost = lv.sshHost;
  const user = t.user ?? (typeof lv.user === 'string' ? lv.user : undefined) ?? inv.defaults?.user;
  if (user) options.user = user;
  const port = t.port ?? (typeof lv.port === 'number' ? lv.port : undefined) ?? inv.defaults?.port;
  if (port) options.port = port;
  if (Object.keys(credentials).length) {
    // file references are anchored like every other path; values stay references until a collector resolves them
    const anchoredCreds: Credentials = {};
    for (const [k, v] of Object.entries(credentials) as [keyof Credentials, Credentials[keyof Credentials]][]) {
      anchoredCreds[k] = v && typeof v === 'object' && 'file' in v ? { file: anchored(base, v.file) } : v;
    }
    options.credentials = anchoredCreds;
  }
  return {
    id: `${t.kind}:${t.name}`,
    kind: t.kind,
    name: t.name,
    ...(t.address ? { address: t.address } : {}),
    ...(Object.keys(labels).length ? { labels } : {}),
    options,
  };
}
