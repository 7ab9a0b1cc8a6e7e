// `--ssh [user@]host[:port]` and inventory jump hosts, in one syntax.
import { UsageError } from '../engine/errors.js';

/** `[user@]host[:port]` (IPv6 in brackets: `user@[::1]:2222`). */
export function parseSshDestination(dest: string): { user?: string; host: string; port?: number } {
  const m = /^(?:([^@\s]+)@)?(\[[0-9A-Fa-f:.]+\]|[^:@\s[\]]+)(?::(\d{1,5}))?$/.exec(dest);
  if (!m) throw new UsageError(`bad --ssh destination "${dest}" (expected [user@]host[:port])`);
  const port = m[3] ? Number(m[3]) : undefined;
  if (port !== undefined && (port < 1 || port > 65535)) throw new UsageError(`bad --ssh port in "${dest}"`);
  return { ...(m[1] ? { user: m[1] } : {}), host: m[2]!.replace(/^\[|\]$/g, ''), ...(port ? { port } : {}) };
}
