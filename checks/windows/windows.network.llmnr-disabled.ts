import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, shown } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.network.llmnr-disabled',
  title: 'LLMNR (multicast name resolution) is turned off',
  rationale: 'Any host on the segment can answer an LLMNR query for a mistyped or missing name and collect the NTLM hash the victim then sends (Responder).',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Network > DNS Client: 'Turn off multicast name resolution' = Enabled",
    'MITRE ATT&CK T1557.001 LLMNR/NBT-NS Poisoning and SMB Relay (mitigation M1042: disable LLMNR)',
  ],
  remediation: 'Group Policy: Computer Configuration > Administrative Templates > Network > DNS Client > Turn off multicast name resolution = Enabled (EnableMulticast = 0).',
  messages: { on: 'LLMNR is on ({{value}})' },
  evaluate({ 'windows.registry': reg }, ctx) {
    const v = regNumber(reg, REG.llmnr);
    return v === 0 ? ctx.pass(undefined, undefined, { evidence: shown(REG.llmnr, v) }) : ctx.fail('on', { value: `${shown(REG.llmnr, v)}${v === undefined ? ': on by default' : ''}` });
  },
});
