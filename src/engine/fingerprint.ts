import { createHash } from 'node:crypto';
import type { ResourceRef } from './types.js';

/**
 * Stable across runs: only the check id, the target id and the resource identity go in,
 * never anything that changes between scans (timestamps, scan ids, messages).
 */
export function fingerprint(checkId: string, targetId: string, resource?: ResourceRef): string {
  const res = resource ? `${resource.kind}/${resource.namespace ?? ''}/${resource.name}` : '';
  return createHash('sha256').update(`${checkId}\u0000${targetId}\u0000${res}`).digest('hex').slice(0, 32);
}
