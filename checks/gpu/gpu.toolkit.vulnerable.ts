import { defineCheck } from '../../src/engine/check.js';
import { componentVerdict } from '../../src/kit/gpu/advisories.js';
import { cveList, cvssText, severityOf, tableNote } from '../../src/kit/gpu/check-kit.js';

export default defineCheck({
  id: 'gpu.toolkit.vulnerable',
  title: 'The NVIDIA Container Toolkit has no published vulnerability',
  rationale: 'The Container Toolkit hooks run as root when a GPU container starts: CVE-2024-0132 and CVE-2025-23266 let a crafted image escape to the host.',
  severity: 'critical',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.host', 'gpu.advisories'],
  references: [
    'NVIDIA Security Bulletin: NVIDIA Container Toolkit - September 2024 (5582), CVE-2024-0132 (CVSS 9.0)',
    'NVIDIA Security Bulletin: NVIDIA Container Toolkit - July 2025 (5659), CVE-2025-23266 (CVSS 9.0), CVE-2025-23267',
    'NVIDIA Security Bulletin: NVIDIA Container Toolkit - June 2026 (5850), CVE-2026-24260',
    'NIST SP 800-190 4.4.2',
  ],
  remediation: 'Upgrade nvidia-container-toolkit (and libnvidia-container) to the first fixed version or later, e.g. apt install nvidia-container-toolkit=<version>-1; on Kubernetes upgrade the GPU Operator, which ships the toolkit.',
  messages: {
    vulnerable: 'NVIDIA Container Toolkit {{version}} is below {{fixed}}: {{cves}} (highest CVSS {{cvss}}; bulletins {{bulletins}}; {{table}})',
    fixed: 'NVIDIA Container Toolkit {{version}} is at or above every first fixed version ({{table}})',
  },
  evaluate({ 'gpu.host': host, 'gpu.advisories': table }, ctx) {
    const tk = host.containerToolkit;
    if (!tk) return ctx.notApplicable('the NVIDIA Container Toolkit is not installed (no nvidia-ctk, no nvidia-container-cli)');
    const v = componentVerdict(tk.version, 'container-toolkit', table.rows);
    if (v.state === 'unknown') return ctx.error(`cannot read the Container Toolkit version "${tk.version}"`);
    const data = { version: tk.version, table: tableNote(table) };
    if (v.state === 'fixed') return ctx.pass('fixed', data);
    const sev = severityOf(v.maxCvss);
    return ctx.fail('vulnerable', { ...data, fixed: v.firstFixed ?? '?', cves: cveList(v.cves), cvss: cvssText(v.maxCvss), bulletins: v.bulletins.join(', ') }, {
      evidence: `nvidia-ctk ${tk.ctkVersion ?? '-'}, nvidia-container-cli ${tk.cliVersion ?? '-'}`,
      ...(sev ? { severity: sev } : {}),
    });
  },
});
