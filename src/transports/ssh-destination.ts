// `--ssh [user@]host[:port]` and inventory jump hosts, in one syntax.
import { UsageError } from '../engine/errors.js';

/**
 * `[user@]host[:port]` (IPv6 in brackets: `user@[::1]:2222`). A user and a host are names: letters,
 * digits, `.`, `_`, `-` (and `%`, `+` in a host alias), never starting with `-`, so no value looks
 * like an option or carries shell syntax, even though none ever reaches a shell unquoted.
 */
export function parseSshDestination(dest: string): { user?: string; host: string; port?: number } {
  const m = /^(?:([A-Za-z0-9_.][A-Za-z0-9_.-]*)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.%+][A-Za-z0-9_.%+-]*)(?::(\d{1,5}))?$/.exec(dest);
  if (!m) throw new UsageError(`bad --ssh destination "${dest}" (expected [user@]host[:port])`);
  const port = m[3] ? Number(m[3]) : undefined;
  if (port !== undefined && (port < 1 || port > 65535)) throw new UsageError(`bad --ssh port in "${dest}"`);
  return { ...(m[1] ? { user: m[1] } : {}), host: m[2]!.replace(/^\[|\]$/g, ''), ...(port ? { port } : {}) };
}
