import check from '../../../checks/kubernetes/k8s.netpol.default-deny-ingress.js';
import { checkTester } from '../../helpers/check-tester.js';
import { denyAll, deploy, facts, np, ns } from '../../netpol/objects.js';

const app = deploy('shop', 'web', { app: 'web' });
checkTester.run(check, {
  pass: [
    facts({ namespaces: [ns('shop')], workloads: [app], policies: [denyAll('shop', ['Ingress'])] }),
    // default deny plus explicit allows is still default deny
    facts({ namespaces: [ns('shop')], policies: [np('shop', 'base', { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }] }] })] }),
    // system namespaces are not flagged
    facts({ namespaces: [ns('shop'), ns('kube-system')], policies: [denyAll('shop')] }),
  ],
  fail: [
    { facts: facts({ namespaces: [ns('shop')], workloads: [app] }), messageId: 'missing', count: 1 },
    { name: 'egress-only deny', facts: facts({ namespaces: [ns('shop')], policies: [denyAll('shop', ['Egress'])] }), messageId: 'missing' },
    { name: 'the ingress: - {} pitfall', facts: facts({ namespaces: [ns('shop')], policies: [np('shop', 'oops', { podSelector: {}, ingress: [{}] })] }), messageId: 'missing' },
    { name: 'policy selecting only some pods', facts: facts({ namespaces: [ns('shop')], policies: [np('shop', 'web', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] })] }), messageId: 'missing' },
    { name: 'namespace implied by a workload', facts: facts({ workloads: [app] }), messageId: 'missing', count: 1 },
  ],
  notApplicable: [facts({ namespaces: [ns('kube-system'), ns('kube-public'), ns('kube-node-lease')] }), facts({})],
  error: [{ ...facts({}), 'k8s.networkpolicies': { ok: false, reason: 'forbidden: list networkpolicies' } }],
});
