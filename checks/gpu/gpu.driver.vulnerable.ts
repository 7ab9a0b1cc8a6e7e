import { defineCheck } from '../../src/engine/check.js';
import { cveList, cvssText, hostDriverVerdict, severityOf, tableNote } from '../../src/kit/gpu/check-kit.js';

export default defineCheck({
  id: 'gpu.driver.vulnerable',
  title: 'The NVIDIA GPU driver has no published vulnerability (NVIDIA security bulletins)',
  rationale: 'NVIDIA GPU driver flaws are mostly local privilege escalations from any user or container that can open /dev/nvidia*: on a shared GPU node that is every tenant.',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.nvidia', 'gpu.advisories'],
  references: [
    'NVIDIA Security Bulletin: GPU Display Driver - September 2026 (5861), CVE-2026-47595',
    'NVIDIA Security Bulletin: GPU Display Driver - May 2026 (5821)',
    'NVIDIA Security Bulletin: GPU Display Driver - January 2026 (5747)',
    'https://github.com/NVIDIA/product-security',
    'NIST SP 800-53 SI-2',
    'CISA ZTMM v2.0 Devices: Policy Enforcement & Compliance Monitoring',
  ],
  remediation: 'Install the first fixed driver of the branch (or a newer supported branch) from NVIDIA or the distribution (e.g. apt install nvidia-driver-<branch>-server), then reboot or reload the nvidia modules.',
  messages: {
    vulnerable: 'driver {{installed}} ({{branch}}) is below {{fixed}}, the first fixed version on its branch: {{cves}} (highest CVSS {{cvss}}; bulletins {{bulletins}}; {{table}})',
    unsupported: 'driver {{installed}}: NVIDIA publishes no fix on {{branch}} (newest bulletin {{newest}} fixes {{supported}}), so it stays vulnerable to {{cves}} (highest CVSS {{cvss}}; {{table}})',
    fixed: 'driver {{installed}} ({{branch}}) is at or above every first fixed version listed for its branch ({{table}})',
    newer: 'driver {{installed}}: {{branch}} is newer than every branch in the table ({{table}}); nothing known against it',
  },
  evaluate({ 'gpu.nvidia': smi, 'gpu.advisories': table }, ctx) {
    const r = hostDriverVerdict(smi, table);
    if ('notApplicable' in r) return ctx.notApplicable(r.notApplicable);
    if ('error' in r) return ctx.error(r.error);
    const v = r.verdict;
    const base = { installed: v.installed ?? '?', branch: v.branch ?? '?', table: tableNote(table) };
    const evidence = `branch ${v.branch}, installed ${v.installed}, first fixed ${v.firstFixed ?? 'none on this branch'}, CVEs ${v.cves.join(' ')}`;
    const sev = severityOf(v.maxCvss);
    const withSev = { evidence, ...(sev ? { severity: sev } : {}) };
    if (v.state === 'vulnerable') return ctx.fail('vulnerable', { ...base, fixed: v.firstFixed ?? '?', cves: cveList(v.cves), cvss: cvssText(v.maxCvss), bulletins: v.bulletins.join(', ') }, withSev);
    if (v.state === 'unsupported')
      return ctx.fail('unsupported', { ...base, newest: `${v.newest?.bulletin ?? '?'} (${v.newest?.date ?? '?'})`, supported: v.supportedBranches.join(', '), cves: cveList(v.cves), cvss: cvssText(v.maxCvss) }, withSev);
    if (v.state === 'newer') return ctx.pass('newer', base);
    return ctx.pass('fixed', base);
  },
});
