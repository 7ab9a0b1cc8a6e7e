import * as crypto from 'node:crypto';
import type { ResourceRef } from './types.js';

// crypto.hash (Node 20.12+) hashes a string in one call, without a Hash object per result; the
// digest is the same as createHash's.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Stable across runs: only the check id, the target id and the resource identity go in,
 * never anything that changes between scans (timestamps, scan ids, messages).
 */
export function fingerprint(checkId: string, targetId: string, resource?: ResourceRef): string {
  const res = resource ? `${resource.kind}/${resource.namespace ?? ''}/${resource.name}` : '';
  return sha256Hex(`${checkId}\u0000${targetId}\u0000${res}`).slice(0, 32);
}
