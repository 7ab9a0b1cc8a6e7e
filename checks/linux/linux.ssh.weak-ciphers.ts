import { sshdAlgorithmCheck } from '../../src/kit/linux/check-kit.js';

export default sshdAlgorithmCheck({
  id: 'linux.ssh.weak-ciphers',
  title: 'sshd offers no weak ciphers (CBC, 3DES, RC4, Blowfish, CAST)',
  severity: 'high',
  function: 'Authentication',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.6', 'NIST SP 800-53 SC-13', 'NIST SP 800-52r2'],
  remediation: 'Set "Ciphers aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr" (or chacha20-poly1305) in sshd_config.',
  keyword: 'ciphers',
  what: 'ciphers',
  weak: /(-cbc$|^arcfour|^3des|^blowfish|^cast128|^rijndael|^des$|^none$)/i,
});
