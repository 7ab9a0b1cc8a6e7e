import { defineCheck } from '../../src/engine/check.js';
import { REG, regNumber, shown } from '../../src/kit/windows/check-kit.js';

export default defineCheck({
  id: 'windows.network.mdns-disabled',
  title: 'mDNS name resolution is turned off',
  rationale: 'Multicast DNS, like LLMNR, lets any host on the link answer name queries and collect the credentials the victim then offers.',
  severity: 'low',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.registry'],
  references: [
    'Microsoft, Aligning on mDNS: ramping down NetBIOS name resolution and LLMNR (EnableMDNS): https://techcommunity.microsoft.com/blog/networkingblog/aligning-on-mdns-ramping-down-netbios-name-resolution-and-llmnr/3290816',
    'MITRE ATT&CK T1557 Adversary-in-the-Middle',
  ],
  remediation: 'Set HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\Parameters EnableMDNS = 0 (DWORD) by Group Policy Preferences, where no service on the host needs mDNS.',
  messages: { on: 'mDNS is on ({{value}})' },
  evaluate({ 'windows.registry': reg }, ctx) {
    const v = regNumber(reg, REG.mdns);
    return v === 0 ? ctx.pass(undefined, undefined, { evidence: shown(REG.mdns, v) }) : ctx.fail('on', { value: `${shown(REG.mdns, v)}${v === undefined ? ': on by default' : ''}` });
  },
});
