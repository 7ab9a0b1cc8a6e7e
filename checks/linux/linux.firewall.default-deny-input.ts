import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'linux.firewall.default-deny-input',
  title: 'The host firewall drops inbound traffic by default',
  rationale: 'Zero trust starts from deny: only the services meant to be reachable should be, whatever else starts listening.',
  severity: 'high',
  pillar: 'networks',
  function: 'Network Segmentation',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['linux.firewall'],
  references: ['CIS Debian Linux 12 v1.1.0 4.3.8', 'CIS Debian Linux 12 v1.1.0 4.4.2.1', 'NIST SP 800-53 SC-7(5)', 'NIST SP 800-207 tenet 3'],
  remediation: 'Give the input hook a drop policy (nftables: "type filter hook input priority filter; policy drop;"; iptables: -P INPUT DROP; ufw: default deny incoming) after allowing the services this host offers.',
  messages: { open: 'inbound default policy is {{policy}} ({{backend}}, from {{source}})', none: 'no packet filter on the input hook ({{source}})' },
  evaluate({ 'linux.firewall': fw }, ctx) {
    const evidence = `${fw.backend}: input ${fw.input}, forward ${fw.forward}, ${fw.ruleCount} rules${fw.files.length ? ` (${fw.files.join(', ')})` : ''}`;
    if (fw.input === 'none') return ctx.fail('none', { source: fw.source }, { evidence });
    if (fw.input === 'drop' || fw.input === 'reject') return ctx.pass(undefined, undefined, { evidence });
    return ctx.fail('open', { policy: fw.input, backend: fw.backend, source: fw.source }, { evidence });
  },
});
