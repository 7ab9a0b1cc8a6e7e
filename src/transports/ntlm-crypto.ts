// The primitives NTLM needs that Node 20's OpenSSL 3 no longer offers without its legacy provider:
// MD4 (the NT password hash; from js-md4) and RC4 (the key exchange and message sealing; written
// here, it is a dozen lines). HMAC-MD5 and MD5 come from node:crypto as usual.
import { createHash, createHmac } from 'node:crypto';
import md4 from 'js-md4';

export const md4Of = (data: Buffer): Buffer => Buffer.from(md4.arrayBuffer(data));

export const md5Of = (...parts: Buffer[]): Buffer => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
};

export const hmacMd5 = (key: Buffer, ...parts: Buffer[]): Buffer => {
  const h = createHmac('md5', key);
  for (const p of parts) h.update(p);
  return h.digest();
};

/**
 * An RC4 keystream whose state runs on across calls: NTLM session security keeps one handle per
 * direction for the whole connection, so the n-th message continues where the previous one ended.
 */
export class Rc4 {
  private readonly s = new Uint8Array(256);
  private i = 0;
  private j = 0;

  constructor(key: Buffer) {
    for (let k = 0; k < 256; k++) this.s[k] = k;
    let j = 0;
    for (let k = 0; k < 256; k++) {
      j = (j + this.s[k]! + key[k % key.length]!) & 0xff;
      [this.s[k], this.s[j]] = [this.s[j]!, this.s[k]!];
    }
  }

  update(data: Buffer): Buffer {
    const out = Buffer.alloc(data.length);
    for (let n = 0; n < data.length; n++) {
      this.i = (this.i + 1) & 0xff;
      this.j = (this.j + this.s[this.i]!) & 0xff;
      [this.s[this.i], this.s[this.j]] = [this.s[this.j]!, this.s[this.i]!];
      out[n] = data[n]! ^ this.s[(this.s[this.i]! + this.s[this.j]!) & 0xff]!;
    }
    return out;
  }
}

/** One-shot RC4 (the key exchange: EncryptedRandomSessionKey). */
export const rc4Once = (key: Buffer, data: Buffer): Buffer => new Rc4(key).update(data);
