// NTLM session security (MS-NLMP 3.4): after authentication each side signs and seals its
// messages with keys derived from the exported session key, one RC4 handle and one sequence
// number per direction for the life of the connection. This is what lets WinRM run over plain
// HTTP with the default AllowUnencrypted=false: every SOAP message goes sealed.
import { timingSafeEqual } from 'node:crypto';
import { hmacMd5, md5Of, Rc4 } from './ntlm-crypto.js';
import { NtlmError } from './ntlm.js';

const magic = (s: string): Buffer => Buffer.from(`session key to ${s} key magic constant\0`, 'latin1');

export const signKey = (exportedSessionKey: Buffer, clientToServer: boolean): Buffer => md5Of(exportedSessionKey, magic(`${clientToServer ? 'client-to-server' : 'server-to-client'} signing`));
/** 128-bit keys only: this client negotiates KEY_128 and accepts nothing weaker */
export const sealKey = (exportedSessionKey: Buffer, clientToServer: boolean): Buffer => md5Of(exportedSessionKey, magic(`${clientToServer ? 'client-to-server' : 'server-to-client'} sealing`));

interface Direction {
  signKey: Buffer;
  handle: Rc4;
  seq: number;
}

const direction = (key: Buffer, clientToServer: boolean): Direction => ({ signKey: signKey(key, clientToServer), handle: new Rc4(sealKey(key, clientToServer)), seq: 0 });

/** Extended session security with key exchange: the checksum is RC4-encrypted with the sealing handle. */
function mac(d: Direction, message: Buffer): Buffer {
  const seq = Buffer.alloc(4);
  seq.writeUInt32LE(d.seq >>> 0);
  const checksum = d.handle.update(hmacMd5(d.signKey, seq, message).subarray(0, 8));
  const sig = Buffer.alloc(16);
  sig.writeUInt32LE(1, 0);
  checksum.copy(sig, 4);
  seq.copy(sig, 12);
  d.seq++;
  return sig;
}

/** One side of an NTLM session: `client` seals with the client-to-server keys and opens the server's messages. */
export class NtlmSession {
  private readonly out: Direction;
  private readonly in: Direction;

  constructor(exportedSessionKey: Buffer, side: 'client' | 'server') {
    this.out = direction(exportedSessionKey, side === 'client');
    this.in = direction(exportedSessionKey, side !== 'client');
  }

  /** GSS_WrapEx: the message encrypted, then its signature (the order the RC4 stream requires). */
  seal(message: Buffer): { sealed: Buffer; signature: Buffer } {
    const sealed = this.out.handle.update(message);
    return { sealed, signature: mac(this.out, message) };
  }

  /** GSS_UnwrapEx: decrypt and verify; a signature that does not match is an error, never data. */
  unseal(sealed: Buffer, signature: Buffer): Buffer {
    const message = this.in.handle.update(sealed);
    const expected = mac(this.in, message);
    if (signature.length !== 16 || !timingSafeEqual(expected, signature)) throw new NtlmError('the server message signature does not verify');
    return message;
  }
}
