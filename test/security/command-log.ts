// Every program a collector starts on a target, recorded: a folder of shims, one per executable on
// this machine, put first on PATH. Each shim appends its name and arguments to $ZT_CMD_LOG
// (fields split by US, calls by RS, so arguments with newlines survive) and execs the real one.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REAL_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

const SHIM = `#!/bin/sh
n=\${0##*/}
{ printf '%s\\037' "$n" "$@"; printf '\\036'; } >> "\${ZT_CMD_LOG:-/dev/null}"
for d in ${REAL_DIRS.join(' ')}; do
  [ -x "$d/$n" ] && exec "$d/$n" "$@"
done
echo "$n: not found" >&2
exit 127
`;

/** A shim folder for every executable in the system folders. */
export function makeShims(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zt-shims-'));
  const shim = join(dir, '.shim');
  writeFileSync(shim, SHIM);
  chmodSync(shim, 0o755);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const d of REAL_DIRS) {
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d)) {
      const link = join(bin, name);
      if (existsSync(link)) continue;
      try {
        if (!(statSync(join(d, name)).mode & 0o111)) continue;
      } catch {
        continue;
      }
      symlinkSync(shim, link);
    }
  }
  return bin;
}

export interface Call {
  name: string;
  args: string[];
}

export function readCalls(log: string): Call[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\x1e')
    .filter((rec) => rec !== '')
    .map((rec) => {
      const fields = rec.split('\x1f');
      fields.pop(); // the separator after the last field
      return { name: fields[0] ?? '', args: fields.slice(1) };
    });
}

/** Calls as "name arg arg" lines (for messages). */
export const show = (c: Call): string => [c.name, ...c.args].join(' ').replace(/\s+/g, ' ').slice(0, 160);
