// Throwaway certificate authorities for the tests' local HTTPS servers, made with the real openssl.
// `trusted` signs the server's certificate; `other` is a second CA that does not, for the tests
// where verification must fail with the reason named.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Pki {
  /** CA that signed the server certificate */
  ca: string;
  /** a CA that did not */
  otherCa: string;
  cert: string;
  key: string;
  /** a self-signed server certificate and its key (no CA at all) */
  selfSignedCert: string;
  selfSignedKey: string;
}

export function makePki(dir: string, san = 'IP:127.0.0.1'): Pki {
  const run = (args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=ztaudit-test-ca']);
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other-ca.key', '-out', 'other-ca.crt', '-days', '1', '-subj', '/CN=ztaudit-other-ca']);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
  writeFileSync(join(dir, 'san.ext'), `subjectAltName=${san}\n`);
  run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '1', '-extfile', 'san.ext']);
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'self.key', '-out', 'self.crt', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', `subjectAltName=${san}`]);
  return {
    ca: join(dir, 'ca.crt'),
    otherCa: join(dir, 'other-ca.crt'),
    cert: join(dir, 'server.crt'),
    key: join(dir, 'server.key'),
    selfSignedCert: join(dir, 'self.crt'),
    selfSignedKey: join(dir, 'self.key'),
  };
}
