// Every program a collector starts on a target, recorded: a folder of shims, one per executable on
// this machine, put first on PATH. Each shim appends its name and arguments to $ZT_CMD_LOG
// (fields split by US, calls by RS, so arguments with newlines survive) and execs the real one.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REAL_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

// The host script's prelude appends this to PATH (src/providers/shell/prelude.ts): a call whose PATH
// ends with it was started by the script, not by the login's own start-up files.
export const SCRIPT_PATH_TAIL = ':/usr/sbin:/sbin:/usr/bin:/bin';

const SHIM = `#!/bin/sh
n=\${0##*/}
case "$PATH" in *"${SCRIPT_PATH_TAIL}") zt_in=1 ;; *) zt_in=0 ;; esac
{ printf '%s\\037' "$zt_in" "$n" "$@"; printf '\\036'; } >> "\${ZT_CMD_LOG:-/dev/null}"
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
  /** started by the host script (its PATH carries the prelude's tail) */
  inScript?: boolean;
}

export function readCalls(log: string): Call[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\x1e')
    .filter((rec) => rec !== '')
    .map((rec) => {
      const fields = rec.split('\x1f');
      fields.pop(); // the separator after the last field
      return { inScript: fields[0] === '1', name: fields[1] ?? '', args: fields.slice(2) };
    });
}

/** Calls as "name arg arg" lines (for messages). */
export const show = (c: Call): string => [c.name, ...c.args].join(' ').replace(/\s+/g, ' ').slice(0, 160);
