import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { firmwareMinimum } from '../../src/kit/gpu/advisories.js';
import { cveList, gpuName, tableNote } from '../../src/kit/gpu/check-kit.js';
import { compareVersions, maxVersion } from '../../src/kit/gpu/versions.js';

export default defineCheck({
  id: 'gpu.firmware.minimum',
  title: 'GPU VBIOS and InfoROM are at or above the minimum an NVIDIA bulletin names',
  rationale: 'Some NVIDIA fixes ship as GPU firmware (VBIOS, InfoROM) rather than in the driver; a driver upgrade alone leaves those open.',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'advanced',
  targetKinds: ['linux'],
  facts: ['gpu.nvidia', 'gpu.advisories'],
  references: ['https://github.com/NVIDIA/product-security (bulletins with firmware fixes)', 'NIST SP 800-193 Platform Firmware Resiliency', 'NIST SP 800-53 SI-2'],
  remediation: 'Update the GPU firmware with the server vendor\'s or NVIDIA\'s firmware update tool (nvfwupd for HGX/DGX) to the version the bulletin names.',
  messages: {
    below: '{{gpu}}: {{what}} {{installed}} is below {{minimum}} ({{cves}}; {{table}})',
    ok: '{{gpu}}: firmware at or above every minimum the table names',
  },
  evaluate({ 'gpu.nvidia': smi, 'gpu.advisories': table }, ctx) {
    const out: CheckOutcome[] = [];
    for (const g of smi.gpus) {
      const resource = { kind: 'GPU', name: g.uuid ?? gpuName(g) };
      const checks = [
        { what: 'VBIOS', installed: g.vbiosVersion, rows: firmwareMinimum(g, 'vbios', table.rows), hex: true },
        { what: 'InfoROM', installed: g.inforomImage, rows: firmwareMinimum(g, 'inforom', table.rows), hex: false },
      ].filter((c) => c.rows.length > 0 && c.installed !== null);
      if (checks.length === 0) continue;
      const bad = checks
        .map((c) => ({ ...c, hits: c.rows.filter((r) => compareVersions(c.installed!, r.firstFixed, c.hex) < 0) }))
        .filter((c) => c.hits.length > 0);
      if (bad.length === 0) out.push(ctx.pass('ok', { gpu: gpuName(g) }, { resource }));
      for (const b of bad)
        out.push(ctx.fail('below', { gpu: gpuName(g), what: b.what, installed: b.installed!, minimum: maxVersion(b.hits.map((r) => r.firstFixed), b.hex) ?? '?', cves: cveList([...new Set(b.hits.map((r) => r.cve))]), table: tableNote(table) }, { resource }));
    }
    return out.length > 0 ? out : ctx.notApplicable(`no bulletin in the advisory table (${table.source}, ${table.date}) names a minimum VBIOS or InfoROM for these GPUs`);
  },
});
