import { sshdAlgorithmCheck } from '../../src/kit/linux/check-kit.js';

export default sshdAlgorithmCheck({
  id: 'linux.ssh.weak-macs',
  title: 'sshd offers no weak MACs (MD5, RIPEMD-160, SHA-1, 64-bit UMAC)',
  severity: 'medium',
  references: ['CIS Debian Linux 12 v1.1.0 5.1.15', 'NIST SP 800-53 SC-13'],
  remediation: 'Set "MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512,hmac-sha2-256" in sshd_config.',
  keyword: 'macs',
  what: 'MACs',
  weak: /(md5|ripemd160|sha1|umac-64)/i,
});
