// The inventory format (`ztaudit inventory example` prints a commented one). The JSON Schema in
// schema/inventory.schema.json is the single source of truth for its shape; these types mirror it.
import { readFileSync } from 'node:fs';
import { lazyPackage } from '../engine/lazy.js';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packageRoot } from '../engine/paths.js';
import type { TargetKind } from '../engine/types.js';

/** A secret is named, never written: `{env: NAME}` or `{file: PATH}` (an inline string is accepted with a warning). */
export type CredentialRef = { env: string } | { file: string } | string;

export const CREDENTIAL_FIELDS = ['password', 'privateKey', 'passphrase', 'token', 'accessKeyId', 'secretAccessKey'] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];
export type Credentials = Partial<Record<CredentialField, CredentialRef>>;

export interface InventoryTarget {
  name: string;
  kind: TargetKind;
  address?: string;
  port?: number;
  user?: string;
  transport?: 'local' | 'ssh' | 'winrm';
  become?: 'sudo';
  knownHosts?: string;
  jump?: string[];
  root?: string;
  manifests?: string[];
  kubeconfig?: string;
  /** HTTPS kinds: PEM file of the CA(s) that verify the target's certificate */
  ca?: string;
  context?: string;
  credentials?: Credentials;
  labels?: Record<string, string>;
  options?: Record<string, unknown>;
}

export interface Inventory {
  version?: 1;
  defaults?: { labels?: Record<string, string>; user?: string; port?: number; credentials?: Credentials };
  targets: InventoryTarget[];
}

let validator: ValidateFunction | undefined;

/**
 * The compiled inventory schema. Ajv is required here, on first use, not imported with the
 * module: every scan loads this file, and only a scan with an inventory needs a validator.
 */
const ajvPackage = lazyPackage<typeof import('ajv')>('ajv');

export function inventoryValidator(): ValidateFunction {
  if (!validator) {
    const { Ajv } = ajvPackage();
    const schema = JSON.parse(readFileSync(join(packageRoot, 'schema', 'inventory.schema.json'), 'utf8')) as object;
    validator = new Ajv({ allErrors: false, strict: false }).compile(schema);
  }
  return validator;
}

/** One readable line for the first schema error: "targets/2/kind: must be one of linux, windows, ...". */
export function describeSchemaError(err: ErrorObject): string {
  const where = err.instancePath ? err.instancePath.replace(/^\//, '') : '(top level)';
  switch (err.keyword) {
    case 'additionalProperties':
      return `${where}: unknown field "${String((err.params as { additionalProperty: string }).additionalProperty)}"`;
    case 'required':
      return `${where}: missing field "${String((err.params as { missingProperty: string }).missingProperty)}"`;
    case 'enum':
      return `${where}: must be one of ${((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', ')}`;
    case 'oneOf':
      return `${where}: must be {env: NAME}, {file: PATH} or a string`;
    default:
      return `${where}: ${err.message ?? 'invalid'}`;
  }
}
