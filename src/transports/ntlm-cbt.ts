// Channel binding for NTLM over TLS (Extended Protection for Authentication): the NTLMv2 response
// carries an MD5 of the TLS server's certificate hash ("tls-server-end-point", RFC 5929), so a
// proof made for this TLS connection cannot be relayed to another. WinRM with
// CbtHardeningLevel=Strict refuses NTLM over HTTPS without it; Relaxed checks it when present.
import { createHash } from 'node:crypto';
import { md5Of } from './ntlm-crypto.js';

// RFC 5929 4.1: the hash of the certificate's own signature algorithm, SHA-256 for MD5 and SHA-1
// (and for the algorithms named by no single hash, as Windows' clients do)
const HASH_OF_SIGNATURE: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

interface Tlv {
  tag: number;
  start: number;
  end: number;
}

/** One DER element at `at`: its tag and where its value starts and ends. */
function tlv(der: Buffer, at: number): Tlv {
  if (at + 2 > der.length) throw new RangeError('truncated certificate');
  const tag = der[at]!;
  let len = der[at + 1]!;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > der.length) throw new RangeError('bad length in certificate');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[start + i]!;
    start += n;
  }
  if (start + len > der.length) throw new RangeError('truncated certificate');
  return { tag, start, end: start + len };
}

function oidText(b: Buffer): string {
  const parts = [Math.floor(b[0]! / 40), b[0]! % 40];
  let v = 0;
  for (const byte of b.subarray(1)) {
    v = v * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

/** The OID of Certificate.signatureAlgorithm (the element after tbsCertificate). */
export function signatureAlgorithmOid(der: Buffer): string {
  const cert = tlv(der, 0);
  const tbs = tlv(der, cert.start);
  const alg = tlv(der, tbs.end);
  const oid = tlv(der, alg.start);
  if (cert.tag !== 0x30 || tbs.tag !== 0x30 || alg.tag !== 0x30 || oid.tag !== 0x06) throw new RangeError('not an X.509 certificate');
  return oidText(der.subarray(oid.start, oid.end));
}

/** The certificate's tls-server-end-point hash. */
export function certificateHash(der: Buffer): Buffer {
  let hash = 'sha256';
  try {
    hash = HASH_OF_SIGNATURE[signatureAlgorithmOid(der)] ?? 'sha256';
  } catch {
    // an unparsable certificate keeps SHA-256 (Node's TLS accepted it, so the host will compare)
  }
  return createHash(hash).update(der).digest();
}

/** MsvAvChannelBindings: MD5 of gss_channel_bindings_struct with no addresses and the application data. */
export function channelBindings(certificateDer: Buffer): Buffer {
  const application = Buffer.concat([Buffer.from('tls-server-end-point:', 'latin1'), certificateHash(certificateDer)]);
  const head = Buffer.alloc(20);
  head.writeUInt32LE(application.length, 16);
  return md5Of(head, application);
}
