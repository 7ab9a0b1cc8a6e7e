// NTLMv2 authentication messages (MS-NLMP): NEGOTIATE, the server's CHALLENGE, AUTHENTICATE with
// the NTLMv2 response, key exchange and MIC. Written here rather than taken from an npm package
// because the NTLM clients on npm (httpntlm, ntlm-client, @ewsjs/ntlm-client) build the messages
// for authentication only: none gives the exported session key, key exchange or MIC that WinRM's
// message encryption over plain HTTP needs. Only NTLMv2 is spoken: no LM, no NTLMv1.
import { randomBytes } from 'node:crypto';
import { hmacMd5, md4Of, rc4Once } from './ntlm-crypto.js';

export const NTLM_FLAGS = {
  UNICODE: 0x00000001,
  REQUEST_TARGET: 0x00000004,
  SIGN: 0x00000010,
  SEAL: 0x00000020,
  NTLM: 0x00000200,
  ALWAYS_SIGN: 0x00008000,
  EXTENDED_SESSIONSECURITY: 0x00080000,
  TARGET_INFO: 0x00800000,
  VERSION: 0x02000000,
  KEY_128: 0x20000000,
  KEY_EXCH: 0x40000000,
  KEY_56: 0x80000000,
} as const;

/** What this client asks for: NTLMv2 with extended session security, 128-bit keys, sign and seal. */
export const CLIENT_FLAGS =
  (NTLM_FLAGS.UNICODE |
    NTLM_FLAGS.REQUEST_TARGET |
    NTLM_FLAGS.SIGN |
    NTLM_FLAGS.SEAL |
    NTLM_FLAGS.NTLM |
    NTLM_FLAGS.ALWAYS_SIGN |
    NTLM_FLAGS.EXTENDED_SESSIONSECURITY |
    NTLM_FLAGS.VERSION |
    NTLM_FLAGS.KEY_128 |
    NTLM_FLAGS.KEY_EXCH |
    NTLM_FLAGS.KEY_56) >>>
  0;

const SIGNATURE = Buffer.from('NTLMSSP\0', 'latin1');
// Windows 10 build 19041, NTLM revision 15: what the VERSION field of a current client says
const VERSION = Buffer.from([10, 0, 0x61, 0x4a, 0, 0, 0, 0x0f]);

const AV_EOL = 0;
const AV_FLAGS = 6;
const AV_TIMESTAMP = 7;
const AV_CHANNEL_BINDINGS = 10;
/** MsvAvFlags bit: the AUTHENTICATE message carries a MIC */
const AV_FLAG_MIC = 0x2;

export class NtlmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NtlmError';
  }
}

export function negotiateMessage(flags = CLIENT_FLAGS): Buffer {
  const m = Buffer.alloc(40);
  SIGNATURE.copy(m, 0);
  m.writeUInt32LE(1, 8);
  m.writeUInt32LE(flags >>> 0, 12);
  // domain and workstation fields empty (offset past the header), then the version
  m.writeUInt32LE(40, 20);
  m.writeUInt32LE(40, 28);
  VERSION.copy(m, 32);
  return m;
}

export interface Challenge {
  flags: number;
  serverChallenge: Buffer;
  targetInfo: Buffer;
  /** the message as received (the MIC covers it) */
  raw: Buffer;
}

/** One field's bytes: length (u16) and offset (u32) at `at`, checked against the message. */
function field(m: Buffer, at: number): Buffer {
  const len = m.readUInt16LE(at);
  const off = m.readUInt32LE(at + 4);
  if (off + len > m.length) throw new NtlmError('NTLM challenge is malformed (a field runs past its end)');
  return m.subarray(off, off + len);
}

export function parseChallenge(m: Buffer): Challenge {
  if (m.length < 48 || !m.subarray(0, 8).equals(SIGNATURE) || m.readUInt32LE(8) !== 2) throw new NtlmError('the server did not answer with an NTLM challenge');
  const flags = m.readUInt32LE(20);
  return { flags, serverChallenge: Buffer.from(m.subarray(24, 32)), targetInfo: flags & NTLM_FLAGS.TARGET_INFO ? Buffer.from(field(m, 40)) : Buffer.alloc(0), raw: m };
}

/** AV pairs as (id, value) in their order; the EOL ends the list. */
export function parseAvPairs(info: Buffer): { id: number; value: Buffer }[] {
  const out: { id: number; value: Buffer }[] = [];
  let at = 0;
  while (at + 4 <= info.length) {
    const id = info.readUInt16LE(at);
    const len = info.readUInt16LE(at + 2);
    if (id === AV_EOL) break;
    if (at + 4 + len > info.length) throw new NtlmError('NTLM target information is malformed');
    out.push({ id, value: Buffer.from(info.subarray(at + 4, at + 4 + len)) });
    at += 4 + len;
  }
  return out;
}

export function encodeAvPairs(pairs: readonly { id: number; value: Buffer }[]): Buffer {
  const parts = pairs.flatMap((p) => {
    const h = Buffer.alloc(4);
    h.writeUInt16LE(p.id, 0);
    h.writeUInt16LE(p.value.length, 2);
    return [h, p.value];
  });
  return Buffer.concat([...parts, Buffer.alloc(4)]);
}

/** NTOWFv2: HMAC-MD5 of the NT hash over the upper-cased user and the domain, UTF-16LE. */
export const ntowfv2 = (password: string, user: string, domain: string): Buffer => hmacMd5(md4Of(Buffer.from(password, 'utf16le')), Buffer.from(user.toUpperCase() + domain, 'utf16le'));

/** The NTLMv2 client blob ("temp" in MS-NLMP 3.3.2) the proof is computed over. */
export function ntlmv2Blob(timestamp: Buffer, clientChallenge: Buffer, targetInfo: Buffer): Buffer {
  return Buffer.concat([Buffer.from([1, 1, 0, 0, 0, 0, 0, 0]), timestamp, clientChallenge, Buffer.alloc(4), targetInfo, Buffer.alloc(4)]);
}

export interface Ntlmv2Response {
  ntProofStr: Buffer;
  ntChallengeResponse: Buffer;
  lmChallengeResponse: Buffer;
  sessionBaseKey: Buffer;
}

export function ntlmv2Response(responseKey: Buffer, serverChallenge: Buffer, clientChallenge: Buffer, timestamp: Buffer, targetInfo: Buffer, zeroLm: boolean): Ntlmv2Response {
  const blob = ntlmv2Blob(timestamp, clientChallenge, targetInfo);
  const ntProofStr = hmacMd5(responseKey, serverChallenge, blob);
  return {
    ntProofStr,
    ntChallengeResponse: Buffer.concat([ntProofStr, blob]),
    // with a server timestamp the LMv2 response is zeros (MS-NLMP 3.1.5.1.2): the MIC protects instead
    lmChallengeResponse: zeroLm ? Buffer.alloc(24) : Buffer.concat([hmacMd5(responseKey, serverChallenge, clientChallenge), clientChallenge]),
    sessionBaseKey: hmacMd5(responseKey, ntProofStr),
  };
}

/** Windows FILETIME (100 ns since 1601) of now, 8 bytes little-endian. */
function fileTimeNow(): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE((BigInt(Date.now()) + 11644473600000n) * 10000n);
  return b;
}

export interface AuthenticateInput {
  negotiate: Buffer;
  challenge: Challenge;
  user: string;
  domain: string;
  password: string;
  workstation?: string;
  /** MsvAvChannelBindings (ntlm-cbt.ts) for NTLM over TLS */
  channelBindings?: Buffer;
  /** fixed values for tests; random otherwise */
  clientChallenge?: Buffer;
  exportedSessionKey?: Buffer;
}

export interface Authenticated {
  message: Buffer;
  /** the key the session's signing and sealing keys derive from */
  exportedSessionKey: Buffer;
  flags: number;
}

export function authenticateMessage(input: AuthenticateInput): Authenticated {
  const { challenge } = input;
  const flags = (challenge.flags & CLIENT_FLAGS) | NTLM_FLAGS.UNICODE;
  if (!(challenge.flags & NTLM_FLAGS.EXTENDED_SESSIONSECURITY) || !(challenge.flags & NTLM_FLAGS.TARGET_INFO)) throw new NtlmError('the server offers no NTLMv2 (no target information or extended session security)');
  const pairs = parseAvPairs(challenge.targetInfo);
  const serverTime = pairs.find((p) => p.id === AV_TIMESTAMP)?.value;
  // a server that sends its time expects a MIC, announced in MsvAvFlags
  const withMic = serverTime !== undefined && serverTime.length === 8;
  if (withMic) {
    const existing = pairs.find((p) => p.id === AV_FLAGS);
    const v = Buffer.alloc(4);
    v.writeUInt32LE(((existing ? existing.value.readUInt32LE(0) : 0) | AV_FLAG_MIC) >>> 0);
    if (existing) existing.value = v;
    else pairs.push({ id: AV_FLAGS, value: v });
  }
  if (input.channelBindings) pairs.push({ id: AV_CHANNEL_BINDINGS, value: input.channelBindings });
  const targetInfo = encodeAvPairs(pairs);
  const responseKey = ntowfv2(input.password, input.user, input.domain);
  const clientChallenge = input.clientChallenge ?? randomBytes(8);
  const r = ntlmv2Response(responseKey, challenge.serverChallenge, clientChallenge, withMic ? serverTime : fileTimeNow(), targetInfo, withMic);
  // KeyExchangeKey is the session base key for NTLMv2; the exported key travels RC4-encrypted under it
  const keyExch = (flags & NTLM_FLAGS.KEY_EXCH) !== 0;
  const exportedSessionKey = keyExch ? (input.exportedSessionKey ?? randomBytes(16)) : r.sessionBaseKey;
  const encryptedKey = keyExch ? rc4Once(r.sessionBaseKey, exportedSessionKey) : Buffer.alloc(0);

  const payload = [
    r.lmChallengeResponse,
    r.ntChallengeResponse,
    Buffer.from(input.domain, 'utf16le'),
    Buffer.from(input.user, 'utf16le'),
    Buffer.from((input.workstation ?? '').toUpperCase(), 'utf16le'),
    encryptedKey,
  ];
  const header = Buffer.alloc(88);
  SIGNATURE.copy(header, 0);
  header.writeUInt32LE(3, 8);
  let offset = header.length;
  payload.forEach((p, i) => {
    header.writeUInt16LE(p.length, 12 + i * 8);
    header.writeUInt16LE(p.length, 14 + i * 8);
    header.writeUInt32LE(offset, 16 + i * 8);
    offset += p.length;
  });
  header.writeUInt32LE(flags >>> 0, 60);
  VERSION.copy(header, 64);
  const message = Buffer.concat([header, ...payload]);
  if (withMic) hmacMd5(exportedSessionKey, input.negotiate, challenge.raw, message).copy(message, 72);
  return { message, exportedSessionKey, flags };
}

/** "DOMAIN\\user" split in two; "user@domain" (a UPN) goes whole in the user field, as Windows' own clients send it. */
export function splitUser(login: string): { user: string; domain: string } {
  const back = login.indexOf('\\');
  return back >= 0 ? { domain: login.slice(0, back), user: login.slice(back + 1) } : { user: login, domain: '' };
}
