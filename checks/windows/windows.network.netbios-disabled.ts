import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.network.netbios-disabled',
  title: 'NetBIOS over TCP/IP is disabled on every IP-enabled adapter',
  rationale: 'NBT-NS broadcasts answer to anyone on the segment, like LLMNR, and hand NTLM hashes to a poisoner; NetBIOS also exposes the host name, domain and logged-on users.',
  severity: 'medium',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.network'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, MS Security Guide / Network: 'Configure NetBIOS settings' = Disable NetBIOS name resolution on public networks",
    'MITRE ATT&CK T1557.001 LLMNR/NBT-NS Poisoning and SMB Relay (mitigation M1042)',
    'Microsoft, Win32_NetworkAdapterConfiguration TcpipNetbiosOptions: https://learn.microsoft.com/windows/win32/cimwin32prov/win32-networkadapterconfiguration',
  ],
  remediation: 'On each adapter set NetBIOS over TCP/IP to Disabled (adapter properties > IPv4 > Advanced > WINS, or the DHCP option 001 for Microsoft clients); TcpipNetbiosOptions must read 2.',
  messages: { on: '{{adapter}}: NetBIOS over TCP/IP is {{state}}' },
  evaluate({ 'windows.network': net }, ctx) {
    if (net.adapters.length === 0) return ctx.notApplicable('no IP-enabled network adapter');
    return net.adapters.map((a) => {
      const resource = { kind: 'NetworkAdapter', name: a.description };
      if (a.netbios === 'Disabled') return ctx.pass(undefined, undefined, { resource, evidence: 'TcpipNetbiosOptions = 2 (Disabled)' });
      if (a.netbios === 'Unknown') return ctx.error(`${a.description}: TcpipNetbiosOptions could not be read`, { resource });
      return ctx.fail('on', { adapter: a.description, state: a.netbios === 'Default' ? 'left to DHCP (on unless the DHCP server says otherwise)' : 'enabled' }, { resource });
    });
  },
});
