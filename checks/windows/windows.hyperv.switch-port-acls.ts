import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'windows.hyperv.switch-port-acls',
  title: 'Guest ports on external virtual switches carry port ACLs',
  rationale: 'A guest port on an external switch with no ACL can reach every address the host network can, the management network included; port ACLs restrict each guest to what it needs.',
  severity: 'low',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'advanced',
  targetKinds: ['windows'],
  facts: ['windows.hyperv'],
  references: [
    'Microsoft, Add-VMNetworkAdapterAcl: https://learn.microsoft.com/powershell/module/hyper-v/add-vmnetworkadapteracl',
    'Microsoft, Create security policies with extended port access control lists: https://learn.microsoft.com/windows-server/virtualization/hyper-v-virtual-switch/create-security-policies-with-extended-port-access-control-lists',
    'NIST SP 800-125B (secure virtual network configuration)',
  ],
  remediation: 'Add port ACLs to each guest adapter on an external switch (Add-VMNetworkAdapterAcl or Add-VMNetworkAdapterExtendedAcl: allow what the guest needs, deny the rest), or enforce the same with the Hyper-V firewall / SDN policies.',
  messages: { open: 'guest {{vm}}, adapter {{adapter}} on external switch {{vswitch}} has no port ACL' },
  evaluate({ 'windows.hyperv': h }, ctx) {
    const external = new Set(h.switches.filter((s) => s.switchType === 'External').map((s) => s.name));
    const ports = h.vms.flatMap((vm) => vm.adapters.filter((a) => external.has(a.switchName)).map((a) => ({ vm, a })));
    if (ports.length === 0) return ctx.notApplicable('no guest adapter is connected to an external virtual switch');
    return ports.map(({ vm, a }) => {
      const resource = { kind: 'VMNetworkAdapter', name: `${vm.name}/${a.name}` };
      return a.acls + a.extendedAcls > 0
        ? ctx.pass(undefined, undefined, { resource, evidence: `${a.acls} port ACLs, ${a.extendedAcls} extended ACLs` })
        : ctx.fail('open', { vm: vm.name, adapter: a.name, vswitch: a.switchName }, { resource });
    });
  },
});
