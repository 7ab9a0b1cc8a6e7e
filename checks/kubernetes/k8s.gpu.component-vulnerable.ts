import { defineCheck } from '../../src/engine/check.js';
import { componentVerdict } from '../../src/kit/gpu/advisories.js';
import { cveList, cvssText, severityOf, tableNote } from '../../src/kit/gpu/check-kit.js';
import { nvidiaComponents } from '../../src/kit/gpu/k8s.js';

export default defineCheck({
  id: 'k8s.gpu.component-vulnerable',
  title: 'NVIDIA GPU Operator, device plugin, Container Toolkit and MIG manager images have no published vulnerability',
  rationale: 'The GPU Operator runs the Container Toolkit and device plugin as privileged DaemonSets on every GPU node: their flaws (CVE-2024-0132, CVE-2025-23266) are container escapes on every node.',
  severity: 'critical',
  pillar: 'applications_workloads',
  function: 'Application Threat Protections',
  stage: 'initial',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads', 'gpu.advisories'],
  references: [
    'NVIDIA Security Bulletin: NVIDIA Container Toolkit - July 2025 (5659), CVE-2025-23266: GPU Operator 25.3.2, k8s-device-plugin 0.17.3, MIG Manager 0.12.2',
    'NVIDIA Security Bulletin: NVIDIA Container Toolkit - September 2024 (5582), CVE-2024-0132: GPU Operator 24.6.2',
    'NVIDIA Security Bulletin: NVIDIA Container Toolkit - June 2026 (5850), CVE-2026-24260: GPU Operator 26.3.2',
  ],
  remediation: 'Upgrade the GPU Operator (helm upgrade gpu-operator nvidia/gpu-operator --version <fixed>) or the standalone device plugin / toolkit DaemonSet images to the fixed versions.',
  messages: {
    vulnerable: '{{component}} {{version}} ({{image}}) is below {{fixed}}: {{cves}} (highest CVSS {{cvss}}; {{table}})',
  },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads, 'gpu.advisories': table }, ctx) {
    const found = nvidiaComponents(pods, workloads);
    if (found.length === 0) return ctx.notApplicable('no NVIDIA GPU Operator, device plugin, Container Toolkit or MIG manager image with a version tag');
    return found.map((c) => {
      const opts = { resource: c.ref, ...(c.location ? { location: c.location } : {}) };
      const v = componentVerdict(c.version, c.component, table.rows);
      if (v.state !== 'vulnerable') return ctx.pass(undefined, undefined, opts);
      const sev = severityOf(v.maxCvss);
      return ctx.fail('vulnerable', { component: c.component, version: c.version, image: c.image, fixed: v.firstFixed ?? '?', cves: cveList(v.cves), cvss: cvssText(v.maxCvss), table: tableNote(table) }, { ...opts, evidence: c.image, ...(sev ? { severity: sev } : {}) });
    });
  },
});
