import { sshdCheck } from '../../src/kit/linux/check-kit.js';

export default sshdCheck({
  id: 'linux.ssh.password-authentication',
  title: 'sshd does not accept passwords',
  rationale: 'Passwords can be guessed, phished and replayed; keys or certificates bound to a device are the zero-trust baseline for remote access.',
  severity: 'medium',
  stage: 'advanced',
  references: ['NIST SP 800-53 IA-2(1)', 'NIST SP 800-63B 5.1', 'CISA ZTMM v2 Identity: Authentication'],
  remediation: 'Set "PasswordAuthentication no" (and "KbdInteractiveAuthentication no") in sshd_config and use keys or SSH certificates.',
  keyword: 'passwordauthentication',
  expected: 'no',
  good: (v) => v === 'no',
});
