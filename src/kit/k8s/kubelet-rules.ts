// Shared by the k8s.kubelet.* and cipher-suite checks: one outcome per kubelet, so a cluster with
// one weak node out of fifty names that node, and a node whose /configz failed is `error`.
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import type { KubeletFacts, KubeletNodeConfig } from './controlplane-types.js';
import { kubeletSetting } from './kubelet-settings.js';

export interface Setting {
  value: unknown;
  explicit: boolean;
}

/** "false", or "true (default)" when the configuration does not set it. */
export const showSetting = (s: Setting): string => `${typeof s.value === 'string' ? s.value || '""' : JSON.stringify(s.value)}${s.explicit ? '' : ' (default)'}`;

const resourceOf = (n: KubeletNodeConfig) =>
  n.source === 'configz' ? { kind: 'Node', name: n.node } : { kind: 'KubeletConfiguration', name: n.node };

/** Run `judge` on every kubelet configuration; each outcome names its node. */
export function forEachKubelet<M extends string>(
  facts: KubeletFacts,
  ctx: CheckContext<M>,
  judge: (setting: (path: string) => Setting, node: string) => CheckOutcome,
): CheckOutcome[] {
  return facts.nodes.map((n) => {
    const resource = resourceOf(n);
    const opts = n.location ? { resource, location: n.location } : { resource };
    if (!n.config) return ctx.error(n.reason ?? `kubelet configuration of ${n.node} was not read`, opts);
    const config = n.config;
    const o = judge((path) => kubeletSetting(config, path), n.node);
    return { ...o, resource, ...(n.location ? { location: n.location } : {}) };
  });
}

/** CIS 1.2.29: the API server's strong cipher suites (TLS 1.3 suites and ECDHE + AEAD). */
export const APISERVER_STRONG_CIPHERS: ReadonlySet<string> = new Set([
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
]);

/** CIS 4.2.12: the kubelet's strong cipher suites. */
export const KUBELET_STRONG_CIPHERS: ReadonlySet<string> = new Set([
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
]);

/**
 * The suites of a configured list outside `strong`. An empty or missing list means Go's
 * defaults, which still include CBC-mode suites: reported as `unset`.
 */
export function weakCiphers(configured: unknown, strong: ReadonlySet<string>): { unset: boolean; weak: string[] } {
  const list = Array.isArray(configured)
    ? configured.map(String)
    : typeof configured === 'string'
      ? configured.split(',')
      : [];
  const suites = list.map((s) => s.trim()).filter(Boolean);
  if (suites.length === 0) return { unset: true, weak: [] };
  return { unset: false, weak: suites.filter((s) => !strong.has(s)) };
}
