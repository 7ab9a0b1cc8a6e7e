// Reading an inventory file: YAML (or JSON) -> schema check -> targets. Every problem a user can
// make is a UsageError with one line naming the file; inline secrets are accepted with a warning.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse } from 'yaml';
import { KINDS, type TransportName } from '../kinds/registry.js';
import type { TargetSpec } from '../kinds/types.js';
import { parseSshDestination } from '../transports/ssh-destination.js';
import { UsageError, errorMessage } from '../engine/errors.js';
import { CREDENTIAL_FIELDS, describeSchemaError, inventoryValidator, type Credentials, type Inventory, type InventoryTarget } from './schema.js';

export interface LoadedInventory {
  inventory: Inventory;
  targets: TargetSpec[];
  warnings: string[];
}

/** Parse and validate inventory text; `file` names the source in messages and anchors relative paths. */
export function parseInventory(text: string, file: string): LoadedInventory {
  let raw: unknown;
  try {
    raw = parse(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (err) {
    throw new UsageError(`inventory ${file}: invalid YAML: ${errorMessage(err).split('\n')[0]}`);
  }
  if (raw === null || raw === undefined) throw new UsageError(`inventory ${file}: empty file`);
  const validate = inventoryValidator();
  if (!validate(raw)) {
    const errors = validate.errors ?? [];
    const first = errors.find((e) => e.keyword === 'oneOf') ?? errors[0];
    throw new UsageError(`inventory ${file}: ${first ? describeSchemaError(first) : 'invalid'}`);
  }
  const inventory = raw as Inventory;
  const warnings: string[] = [];
  const base = dirname(resolve(file));
  const seen = new Set<string>();
  const targets: TargetSpec[] = [];
  for (const t of inventory.targets) {
    const spec = toSpec(t, inventory, base);
    if (seen.has(spec.id)) throw new UsageError(`inventory ${file}: duplicate target ${spec.id}`);
    seen.add(spec.id);
    for (const field of CREDENTIAL_FIELDS) {
      if (typeof spec.options.credentials === 'object' && typeof (spec.options.credentials as Credentials)[field] === 'string') {
        warnings.push(`inventory ${file}: target ${t.name}: inline secret in credentials.${field}; prefer {env: NAME} or {file: PATH}`);
      }
    }
    targets.push(spec);
  }
  return { inventory, targets, warnings };
}

export function loadInventory(file: string): LoadedInventory {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read inventory ${file}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
  return parseInventory(text, file);
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
  const user = t.user ?? inv.defaults?.user;
  if (user) options.user = user;
  const port = t.port ?? inv.defaults?.port;
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
