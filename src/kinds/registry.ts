// The one registry of target kinds. Everything that names kinds reads it: the engine's TargetKind
// type (names.ts), the inventory loader, the command-line target options and how they become
// targets, the collectors, the SARIF run categories; the JSON Schemas (inventory, facts, report)
// carry the same enums and test/kinds/registry.test.ts holds them equal.
// Adding a kind: a definition file here and its entry below, its providers (src/providers/), its
// transport if new (src/transports/), its checks (checks/<domain>/).
import { inventoryOnly, type KindDefinition } from './definition.js';
import { KUBERNETES } from './kubernetes.js';
import { LIBVIRT } from './libvirt.js';
import { LINUX } from './linux.js';
import { PROXMOX } from './proxmox.js';
import { VSPHERE } from './vsphere.js';
import type { TargetKind } from './names.js';
import { WINDOWS } from './windows.js';

export * from './names.js';
export type { FlagValues, KindDefinition, KindFlag } from './definition.js';

const https = () => 'https' as const;

export const KINDS: Readonly<Record<TargetKind, KindDefinition>> = {
  linux: LINUX,
  windows: WINDOWS,
  kubernetes: KUBERNETES,
  vsphere: VSPHERE,
  proxmox: PROXMOX,
  libvirt: LIBVIRT,
  s3: inventoryOnly({ kind: 's3', description: 'S3-compatible object storage', transports: ['https'], defaultTransport: https, sarifPrefix: 's3' }),
};
