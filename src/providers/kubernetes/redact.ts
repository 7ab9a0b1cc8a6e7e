// Secrets never enter the facts: values are dropped at collection, key names stay
// (`data: { key: '' }`), so checks can still see *what* a Secret holds (e.g. "token").
import { maskedCredential, secretLooking } from '../../kit/k8s/secret-patterns.js';
import type { K8sObject } from '../../kit/k8s/facts.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** A copy of a Secret with every value emptied (data and stringData folded into `data`). */
export function redactSecret(secret: K8sObject): K8sObject {
  const keys = new Set<string>();
  for (const field of ['data', 'stringData'] as const) {
    const v = secret[field];
    if (v && typeof v === 'object') for (const k of Object.keys(v)) keys.add(k);
  }
  const { stringData: _dropped, ...rest } = secret;
  const out: K8sObject = { ...rest, metadata: { ...secret.metadata } };
  if (keys.size || secret.data !== undefined) out.data = Object.fromEntries([...keys].sort().map((k) => [k, '']));
  // kubectl apply keeps the whole object, values included, in this annotation.
  const annotations = secret.metadata?.annotations;
  if (annotations && LAST_APPLIED in annotations) {
    const { [LAST_APPLIED]: _gone, ...kept } = annotations;
    out.metadata.annotations = { ...kept, [LAST_APPLIED]: '(redacted)' };
  }
  return out;
}

/**
 * Literal credentials outside Secrets: `env[].value` of any container (pods, workload templates,
 * CronJob job templates), ConfigMap `data` values under credential-like keys, and the
 * last-applied annotation that repeats them. Each is replaced by `<redacted: why>`, so the
 * secrets checks still flag it and no snapshot, report or log can carry the value.
 */
export function maskLiteralCredentials(obj: K8sObject): K8sObject {
  let out = obj;
  if (obj.kind === 'ConfigMap' && obj.data && typeof obj.data === 'object') {
    let changed = false;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj.data)) {
      const why = typeof v === 'string' ? secretLooking(k, v) : undefined;
      data[k] = why ? maskedCredential(why) : v;
      changed ||= why !== undefined;
    }
    if (changed) out = { ...out, data };
  } else if (obj.spec) {
    const spec = maskEnv(obj.spec);
    if (spec !== obj.spec) out = { ...out, spec: spec as Record<string, unknown> };
  }
  if (out !== obj) {
    const annotations = out.metadata?.annotations;
    if (annotations && LAST_APPLIED in annotations) out = { ...out, metadata: { ...out.metadata, annotations: { ...annotations, [LAST_APPLIED]: '(redacted)' } } };
  }
  return out;
}

/** Copy-on-write walk: returns the same value when nothing under it needed masking. */
function maskEnv(value: unknown): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((v) => {
      const m = maskEnv(v);
      changed ||= m !== v;
      return m;
    });
    return changed ? next : value;
  }
  if (!value || typeof value !== 'object') return value;
  let changed = false;
  const rec = value as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) {
    let m: unknown;
    if (k === 'env' && Array.isArray(v)) m = maskEnvList(v);
    else m = maskEnv(v);
    changed ||= m !== v;
    next[k] = m;
  }
  return changed ? next : value;
}

function maskEnvList(list: unknown[]): unknown[] {
  let changed = false;
  const next = list.map((item) => {
    const e = item as { name?: unknown; value?: unknown } | null;
    if (!e || typeof e.name !== 'string' || typeof e.value !== 'string') return item;
    const why = secretLooking(e.name, e.value);
    if (!why) return item;
    changed = true;
    return { ...e, value: maskedCredential(why) };
  });
  return changed ? next : list;
}

/** Drop bulky server bookkeeping that no check reads. */
export function slimObject(obj: K8sObject): K8sObject {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _m, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}
