import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.secureboot.enabled',
  title: 'UEFI Secure Boot is enabled',
  rationale: 'Secure Boot lets only signed boot loaders and kernels run, so a rootkit cannot survive in the boot chain.',
  severity: 'medium',
  pillar: 'devices',
  function: 'Device Threat Protection',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['linux.secureboot'],
  references: ['NIST SP 800-53 SI-7(9)', 'NIST SP 800-193', 'CISA ZTMM v2 Devices: Device Threat Protection'],
  remediation: 'Enable Secure Boot in the firmware setup (with the distribution\'s shim and signed kernel); check with mokutil --sb-state.',
  messages: { off: 'Secure Boot is disabled ({{source}})' },
  evaluate({ 'linux.secureboot': sb }, ctx) {
    return sb.enabled ? ctx.pass(undefined, undefined, { evidence: `enabled (${sb.source})` }) : ctx.fail('off', { source: sb.source });
  },
});
