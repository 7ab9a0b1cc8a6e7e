import { sshdAlgorithmCheck } from '../../src/kit/linux/check-kit.js';

export default sshdAlgorithmCheck({
  id: 'linux.ssh.weak-kex',
  title: 'sshd offers no weak key exchange (SHA-1, 1024-bit group1)',
  severity: 'high',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.12', 'NIST SP 800-53 SC-13'],
  remediation: 'Set "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256" in sshd_config.',
  keyword: 'kexalgorithms',
  what: 'key exchange algorithms',
  weak: /(-sha1(@|$)|group1-|gss-gex-sha1|gss-group1)/i,
});
