import check from '../../../checks/kubernetes/k8s.netpol.dns-egress-open.js';
import { checkTester } from '../../helpers/check-tester.js';
import { denyAll, np } from '../../netpol/objects.js';

const pol = (egress: unknown[]) => ({ 'k8s.networkpolicies': [np('shop', 'p', { podSelector: {}, policyTypes: ['Egress'], egress })] });
const kubeDns = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } };
checkTester.run(check, {
  pass: [
    pol([{ to: [kubeDns], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }]),
    pol([{ to: [{ ipBlock: { cidr: '10.96.0.10/32' } }], ports: [{ port: 53, protocol: 'UDP' }] }]),
    pol([{ ports: [{ port: 443 }] }]),
  ],
  fail: [
    { name: 'DNS with no to', facts: pol([{ ports: [{ port: 53, protocol: 'UDP' }] }]), messageId: 'open' },
    { name: 'DNS to 0.0.0.0/0', facts: pol([{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 53, protocol: 'TCP' }] }]), messageId: 'open' },
    { name: 'port range over 53', facts: pol([{ ports: [{ port: 1, endPort: 1024, protocol: 'UDP' }] }]), messageId: 'open' },
  ],
  notApplicable: [{ 'k8s.networkpolicies': [] }, { 'k8s.networkpolicies': [denyAll('shop')] }],
  error: [
    { 'k8s.networkpolicies': { ok: false, reason: 'forbidden: list networkpolicies' } },
    { name: 'port out of range', facts: pol([{ ports: [{ port: 70000, protocol: 'UDP' }] }]) },
  ],
});
