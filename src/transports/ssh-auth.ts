// Client authentication for the SSH transport, in OpenSSH's order: `none` first (it tells us
// which methods the server accepts), then the agent's keys, then private keys (the given key,
// then identity files in order), then keyboard-interactive and password with the given password.
// Methods the server does not offer are not tried. What was tried is kept so a failure can say
// so in one line; key problems (missing file, encrypted without a passphrase) are kept as notes.
// No secret (key material, passphrase, password) ever reaches a note or a message.
import { readFile } from 'node:fs/promises';
import type { AnyAuthMethod, AuthenticationType, AuthHandlerMiddleware, NextAuthHandler, ParsedKey } from 'ssh2';
import { displayPath } from './known-hosts.js';

export interface AuthSources {
  username: string;
  /** agent socket path (already checked to be set) */
  agent?: string;
  privateKey?: string | Buffer;
  passphrase?: string;
  password?: string;
  /** key files; `explicit` ones that are missing become notes, default ones are skipped quietly */
  identityFiles: { path: string; explicit: boolean }[];
}

export interface LoadedKey {
  label: string;
  key: ParsedKey;
}

type ParseKey = (data: Buffer | string, passphrase?: string) => ParsedKey | ParsedKey[] | Error;

/** Parse the given key and the identity files; unusable ones become notes. */
export async function loadKeys(src: AuthSources, parseKey: ParseKey): Promise<{ keys: LoadedKey[]; notes: string[] }> {
  const keys: LoadedKey[] = [];
  const notes: string[] = [];
  const add = (label: string, data: Buffer | string): void => {
    let parsed = parseKey(data, src.passphrase);
    if (Array.isArray(parsed)) parsed = parsed[0] ?? new Error('no key');
    if (parsed instanceof Error) {
      const encrypted = /encrypted|passphrase|decrypt|bad decrypt/i.test(parsed.message);
      notes.push(`${label}: ${encrypted ? (src.passphrase === undefined ? 'encrypted and no passphrase given' : 'cannot be decrypted with the passphrase given') : 'not a usable private key'}`);
      return;
    }
    if (!parsed.isPrivateKey()) {
      notes.push(`${label}: not a private key`);
      return;
    }
    keys.push({ label, key: parsed });
  };
  if (src.privateKey !== undefined) add('the given private key', src.privateKey);
  for (const { path, explicit } of src.identityFiles) {
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (err) {
      if (explicit) notes.push(`${displayPath(path)}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
      continue;
    }
    add(displayPath(path), data);
  }
  return { keys, notes };
}

export interface AuthState {
  /** server method names tried (publickey, keyboard-interactive, password) */
  tried: Set<string>;
  /** what the server said it accepts, from its last failure answer */
  serverAllows: AuthenticationType[];
}

/** An ssh2 authHandler that walks the sources once, in order. */
export function authHandler(src: AuthSources, keys: readonly LoadedKey[], state: AuthState): AuthHandlerMiddleware {
  const { username } = src;
  const steps: { method: string; auth: AnyAuthMethod }[] = [];
  if (src.agent) steps.push({ method: 'publickey', auth: { type: 'agent', username, agent: src.agent } });
  for (const k of keys) steps.push({ method: 'publickey', auth: { type: 'publickey', username, key: k.key } });
  if (src.password !== undefined) {
    const password = src.password;
    let rounds = 0;
    steps.push({
      method: 'keyboard-interactive',
      auth: {
        type: 'keyboard-interactive',
        username,
        // Every prompt gets the password (the usual PAM "Password:" round); a second round that
        // asks again means the answer was wrong, so it gets empty answers and fails.
        prompt: (_name, _instructions, _lang, prompts, finish) => finish(prompts.map(() => (prompts.length > 0 && rounds++ === 0 ? password : ''))),
      },
    });
    steps.push({ method: 'password', auth: { type: 'password', username, password } });
  }
  let next = -1;
  return (authsLeft: AuthenticationType[] | null, _partial: boolean | null, done: NextAuthHandler): void => {
    if (authsLeft) state.serverAllows = authsLeft;
    if (next === -1) {
      next = 0;
      return done({ type: 'none', username });
    }
    while (next < steps.length) {
      const step = steps[next++]!;
      if (authsLeft && !authsLeft.includes(step.method as AuthenticationType)) continue;
      state.tried.add(step.method);
      return done(step.auth);
    }
    // `false` ends authentication (the typings only name the method forms)
    return (done as unknown as (v: false) => void)(false);
  };
}

/** The one-line reason for a failed authentication. */
export function authFailure(state: AuthState, notes: readonly string[]): string {
  const allows = state.serverAllows.length ? state.serverAllows.join(',') : 'nothing';
  const tried = state.tried.size ? `tried ${[...state.tried].join(', ')}` : `nothing to try that the server accepts (${allows})`;
  const noteText = notes.length ? `; ${notes.join('; ')}` : '';
  return `authentication failed (${tried})${noteText}`;
}
