// ~/.ssh/config for Host aliases, resolved the way OpenSSH does for the options a scan needs:
// HostName, User, Port, IdentityFile, ProxyJump, IdentityAgent, UserKnownHostsFile.
//
// The `ssh-config` package does the tokenising (quotes, `key=value`, multi-value lines); the
// resolution is ours because the package's `compute()` runs `Match exec` commands and nslookup
// for CanonicalDomains, and its `?` wildcard matches zero characters. Here:
//   - the first value obtained for an option wins; IdentityFile accumulates in order;
//   - `Host` patterns use OpenSSH wildcards and `!` negation, compared with the host as given;
//   - `Match` blocks are skipped entirely (their criteria would need exec, canonicalisation, ...)
//     and a `Match` line ends the `Host` block before it, as in OpenSSH;
//   - `Include` is followed (relative to ~/.ssh, `*`/`?` in the last path part), 16 levels deep;
//   - tokens %h %p %r %u %d %% are expanded in IdentityFile, %h and %% in HostName.
import { readFileSync, readdirSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { matchPattern, matchPatternList } from './ssh-patterns.js';

export interface SshHostConfig {
  hostName?: string;
  user?: string;
  port?: number;
  identityFiles: string[];
  /** raw ProxyJump value (`none` already dropped) */
  proxyJump?: string;
  /** IdentityAgent: a socket path, or `none` */
  identityAgent?: string;
  userKnownHostsFiles?: string[];
}

export interface JumpSpec {
  host: string;
  user?: string;
  port?: number;
}

type Value = string | { val: string }[];
interface ConfigLine {
  type: number;
  param?: string;
  value?: Value;
  config?: ConfigLine[];
}

const values = (v: Value | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v.map((x) => x.val));

/** Home-relative paths: OpenSSH expands a leading `~` in file options. */
export const expandHome = (path: string, home = homedir()): string => (path === '~' ? home : path.startsWith('~/') ? join(home, path.slice(2)) : path);

const MAX_INCLUDE_DEPTH = 16;

class Resolver {
  readonly seen = new Map<string, string[]>();
  constructor(
    private readonly host: string,
    private readonly home: string,
    private readonly readText: (path: string) => string | undefined,
  ) {}

  walk(lines: readonly ConfigLine[], active: boolean, depth: number): void {
    for (const line of lines) {
      if (line.type !== 1 || !line.param) continue;
      const param = line.param.toLowerCase();
      if (param === 'host') {
        this.walk(line.config ?? [], matchPatternList(values(line.value), this.host.toLowerCase()), depth);
      } else if (param === 'match') {
        // Skipped: see the header.
      } else if (param === 'include') {
        if (active) this.include(values(line.value), depth);
      } else if (active) {
        this.set(param, values(line.value));
      }
    }
  }

  private set(param: string, vals: string[]): void {
    if (vals.length === 0) return;
    if (param === 'identityfile') this.seen.set(param, [...(this.seen.get(param) ?? []), ...vals]);
    else if (!this.seen.has(param)) this.seen.set(param, vals);
  }

  private include(paths: string[], depth: number): void {
    if (depth >= MAX_INCLUDE_DEPTH) throw new Error(`ssh config: Include nested more than ${MAX_INCLUDE_DEPTH} deep`);
    for (const raw of paths) {
      const path = expandHome(raw, this.home);
      const full = isAbsolute(path) ? path : join(this.home, '.ssh', path);
      for (const file of expandGlob(full)) {
        const text = this.readText(file);
        if (text !== undefined) this.walk(parseConfig(text), true, depth + 1);
      }
    }
  }
}

/** Wildcards in the last path part only (the common `Include config.d/*`). Sorted, like glob(3). */
function expandGlob(path: string): string[] {
  const name = basename(path);
  if (!/[*?]/.test(name)) return [path];
  try {
    return readdirSync(dirname(path))
      .filter((f) => !f.startsWith('.') && matchPattern(name, f))
      .sort()
      .map((f) => join(dirname(path), f));
  } catch {
    return [];
  }
}

let parseImpl: ((text: string) => ConfigLine[]) | undefined;
const parseConfig = (text: string): ConfigLine[] => {
  if (!parseImpl) throw new Error('ssh config parser not loaded');
  return parseImpl(text);
};

/** Load the `ssh-config` tokeniser once (lazily, so `--help` never loads it). */
async function loadParser(): Promise<void> {
  if (parseImpl) return;
  const mod = await import('ssh-config');
  parseImpl = (text) => [...mod.parse(text)] as unknown as ConfigLine[];
}

export interface ResolveOptions {
  /** home folder: `~` and relative Includes (under ~/.ssh) resolve against it */
  home?: string;
  localUser?: string;
  /** user and port given outside the config (inventory, command line): they win, and %r / %p say them */
  user?: string;
  port?: number;
  readText?: (path: string) => string | undefined;
}

const readIfPresent = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new Error(`cannot read ssh config ${path}: ${code ?? String(err)}`);
  }
};

/** Resolve one host alias against config text. */
export async function resolveSshConfig(text: string, host: string, opts: ResolveOptions = {}): Promise<SshHostConfig> {
  await loadParser();
  const home = opts.home ?? homedir();
  const r = new Resolver(host, home, opts.readText ?? readIfPresent);
  r.walk(parseConfig(text), true, 0);
  const first = (k: string): string | undefined => r.seen.get(k)?.[0];

  const result: SshHostConfig = { identityFiles: [] };
  const hostName = first('hostname');
  if (hostName) result.hostName = hostName.replace(/%(%|h)/g, (_, t: string) => (t === '%' ? '%' : host));
  const user = first('user');
  if (user) result.user = user;
  const port = first('port');
  if (port !== undefined) {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`ssh config: bad Port "${port}" for ${host}`);
    result.port = n;
  }
  const jump = first('proxyjump');
  if (jump && jump.toLowerCase() !== 'none') result.proxyJump = jump;
  const agent = first('identityagent');
  if (agent) result.identityAgent = agent.toLowerCase() === 'none' ? 'none' : expandHome(agent.replace(/^"|"$/g, ''), home);
  const known = r.seen.get('userknownhostsfile');
  if (known) result.userKnownHostsFiles = known.map((f) => expandHome(f, home));

  const tokens: Record<string, string> = {
    '%': '%',
    h: result.hostName ?? host,
    p: String(opts.port ?? result.port ?? 22),
    r: opts.user ?? result.user ?? opts.localUser ?? localUserName(),
    u: opts.localUser ?? localUserName(),
    d: home,
  };
  result.identityFiles = (r.seen.get('identityfile') ?? [])
    .filter((f) => f.toLowerCase() !== 'none')
    .map((f) => expandHome(f.replace(/%([%hprud])/g, (_, t: string) => tokens[t] ?? `%${t}`), home));
  return result;
}

/** Read and resolve a config file (missing file = no settings). */
export async function readSshConfig(file: string, host: string, opts: ResolveOptions = {}): Promise<SshHostConfig> {
  const text = (opts.readText ?? readIfPresent)(file);
  if (text === undefined) return { identityFiles: [] };
  return resolveSshConfig(text, host, opts);
}

export const localUserName = (): string => {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? 'root';
  }
};

/** ProxyJump / -J syntax: comma-separated `[user@]host[:port]` or `ssh://[user@]host[:port]`. */
export function parseJumpList(value: string): JumpSpec[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((spec) => {
      let rest = spec.replace(/^ssh:\/\//, '');
      let user: string | undefined;
      const at = rest.lastIndexOf('@');
      if (at >= 0) {
        user = rest.slice(0, at);
        rest = rest.slice(at + 1);
      }
      let host = rest;
      let port: number | undefined;
      const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(rest);
      const plain = /^([^:]+):(\d+)$/.exec(rest);
      if (bracketed) {
        host = bracketed[1]!;
        if (bracketed[2]) port = Number(bracketed[2]);
      } else if (plain) {
        host = plain[1]!;
        port = Number(plain[2]);
      }
      if (!host || (port !== undefined && (port < 1 || port > 65535))) throw new Error(`bad jump host "${spec}"`);
      return { host, ...(user ? { user } : {}), ...(port !== undefined ? { port } : {}) };
    });
}
