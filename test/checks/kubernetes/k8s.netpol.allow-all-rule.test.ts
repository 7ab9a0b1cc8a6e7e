import check from '../../../checks/kubernetes/k8s.netpol.allow-all-rule.js';
import { checkTester } from '../../helpers/check-tester.js';
import { denyAll, np } from '../../netpol/objects.js';

const pol = (spec: Record<string, unknown>) => ({ 'k8s.networkpolicies': [np('shop', 'p', spec)] });
checkTester.run(check, {
  pass: [
    { 'k8s.networkpolicies': [denyAll('shop')] },
    pol({ podSelector: {}, ingress: [] }),
    pol({ podSelector: {}, ingress: [{ ports: [{ port: 443 }] }] }),
    pol({ podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }),
    // egress rules of an Ingress-only policy have no effect
    pol({ podSelector: {}, policyTypes: ['Ingress'], egress: [{}] }),
  ],
  fail: [
    { name: 'ingress: - {}', facts: pol({ podSelector: {}, ingress: [{}] }), messageId: 'allowAll' },
    { name: 'egress: - {}', facts: pol({ podSelector: { matchLabels: { app: 'x' } }, egress: [{}] }), messageId: 'allowAll' },
    { name: 'empty from list', facts: pol({ podSelector: {}, ingress: [{ from: [] }] }), messageId: 'allowAll' },
  ],
  notApplicable: [{ 'k8s.networkpolicies': [] }],
  error: [
    { 'k8s.networkpolicies': { ok: false, reason: 'forbidden: list networkpolicies' } },
    { name: 'malformed policy', facts: pol({ podSelector: { matchExpressions: [{ key: 'a', operator: 'Equals', values: ['b'] }] } }) },
  ],
});
