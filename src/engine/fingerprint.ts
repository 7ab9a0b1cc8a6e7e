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
  const hex = sha256Hex(`${checkId}\u0000${targetId}\u0000${res}`);
  // joined, not sliced: V8 keeps a slice as a view that holds the whole 64-character digest alive
  // (about 110 bytes a result instead of 48; a fleet's report holds millions of fingerprints)
  return [hex.slice(0, 12), hex.slice(12, 24), hex.slice(24, 32)].join('');
}
