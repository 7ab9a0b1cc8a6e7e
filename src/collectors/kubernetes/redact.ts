// Secrets never enter the facts: values are dropped at collection, key names stay
// (`data: { key: '' }`), so checks can still see *what* a Secret holds (e.g. "token").
import type { K8sObject } from './types.js';

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

/** Drop bulky server bookkeeping that no check reads. */
export function slimObject(obj: K8sObject): K8sObject {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _m, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}
