import check from '../../../checks/kubernetes/k8s.netpol.open-to-internet.js';
import { checkTester } from '../../helpers/check-tester.js';
import { np } from '../../netpol/objects.js';

const pol = (spec: Record<string, unknown>) => ({ 'k8s.networkpolicies': [np('shop', 'p', spec)] });
checkTester.run(check, {
  pass: [
    pol({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }] }),
    pol({ podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '203.0.113.0/24' } }], ports: [{ port: 443 }] }] }),
  ],
  fail: [
    { name: 'ingress from anywhere', facts: pol({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] }), messageId: 'open' },
    { name: 'with except', facts: pol({ podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }] }), messageId: 'open' },
  ],
  notApplicable: [{ 'k8s.networkpolicies': [] }],
  error: [
    { 'k8s.networkpolicies': { ok: false, reason: 'forbidden: list networkpolicies' } },
    { name: 'invalid CIDR', facts: pol({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }] }) },
  ],
});
