// The one registry of fact providers. A new facet of a host (GPU, storage, hypervisor) is a
// provider added here; the Linux script and its parsers do not change.
import type { TargetKind } from '../engine/types.js';
import { GPU_ADVISORIES_PROVIDER, GPU_NVIDIA_PROVIDER } from './gpu/provider.js';
import { K8S_NODE_PROVIDER } from './k8s-node/provider.js';
import { KUBERNETES_PROVIDER } from './kubernetes/provider.js';
import { LIBVIRT_HOST_PROVIDER, LIBVIRT_PROVIDER } from './libvirt/provider.js';
import { LINUX_PROVIDERS } from './linux/providers.js';
import { PROXMOX_PROVIDER } from './proxmox/provider.js';
import { STORAGE_PROVIDERS } from './storage/provider.js';
import { VSPHERE_PROVIDER } from './vsphere/provider.js';
import { WINDOWS_HOST_PROVIDER } from './windows/provider.js';
import type { Provider } from './types.js';

export const PROVIDERS: readonly Provider[] = [...LINUX_PROVIDERS, K8S_NODE_PROVIDER, ...STORAGE_PROVIDERS, GPU_NVIDIA_PROVIDER, LIBVIRT_HOST_PROVIDER, KUBERNETES_PROVIDER, GPU_ADVISORIES_PROVIDER, LIBVIRT_PROVIDER, PROXMOX_PROVIDER, WINDOWS_HOST_PROVIDER, VSPHERE_PROVIDER];

export const providersFor = (kind: TargetKind): Provider[] => PROVIDERS.filter((p) => p.kinds.includes(kind));

export const isProvidedFact = (fact: string): boolean => PROVIDERS.some((p) => (p.facts as readonly string[]).includes(fact));

/**
 * The providers a target of `kind` needs for the wanted facts (all of the kind's when `wanted` is
 * undefined), with what they need, dependencies before dependents, in registry order otherwise.
 */
export function planProviders(kind: TargetKind, wanted?: ReadonlySet<string>): Provider[] {
  const candidates = providersFor(kind);
  const byId = new Map(candidates.map((p) => [p.id, p]));
  const chosen = new Set<string>();
  const want = (p: Provider): void => {
    if (chosen.has(p.id)) return;
    chosen.add(p.id);
    if (p.type === 'shell') for (const dep of p.needs ?? []) if (byId.has(dep)) want(byId.get(dep)!);
  };
  for (const p of candidates) {
    const always = p.type === 'shell' && p.always === true;
    if (always || !wanted || p.facts.some((f) => wanted.has(f))) want(p);
  }
  // registry order with each dependency placed before its first dependent
  const ordered: Provider[] = [];
  const placed = new Set<string>();
  const place = (p: Provider): void => {
    if (placed.has(p.id)) return;
    placed.add(p.id);
    if (p.type === 'shell') for (const dep of p.needs ?? []) if (chosen.has(dep)) place(byId.get(dep)!);
    ordered.push(p);
  };
  const always = candidates.filter((p) => chosen.has(p.id) && p.type === 'shell' && p.always);
  for (const p of [...always, ...candidates]) if (chosen.has(p.id)) place(p);
  return ordered;
}

/** The facts a set of checks reads, per target kind (what planProviders is given). */
export function wantedFacts(checks: readonly { meta: { targetKinds: readonly TargetKind[]; facts: readonly string[] } }[]): Map<TargetKind, Set<string>> {
  const out = new Map<TargetKind, Set<string>>();
  for (const c of checks) {
    for (const k of c.meta.targetKinds) {
      const set = out.get(k) ?? new Set<string>();
      for (const f of c.meta.facts) set.add(f);
      out.set(k, set);
    }
  }
  return out;
}

