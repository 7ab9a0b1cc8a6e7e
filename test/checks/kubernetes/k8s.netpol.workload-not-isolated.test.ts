import check from '../../../checks/kubernetes/k8s.netpol.workload-not-isolated.js';
import { checkTester } from '../../helpers/check-tester.js';
import { denyAll, deploy, facts, np, ns } from '../../netpol/objects.js';

const web = deploy('shop', 'web', { app: 'web' });
const db = deploy('shop', 'db', { app: 'db' });
checkTester.run(check, {
  pass: [
    facts({ namespaces: [ns('shop')], workloads: [web, db], policies: [denyAll('shop')] }),
    facts({
      workloads: [web],
      policies: [np('shop', 'web', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress', 'Egress'], ingress: [{}] })],
    }),
    // a system workload with no policy is not flagged
    facts({ workloads: [deploy('kube-system', 'coredns', { k8s: 'dns' }), web], policies: [denyAll('shop')] }),
  ],
  fail: [
    { name: 'no policy at all', facts: facts({ workloads: [web, db] }), messageId: 'unisolated', count: 2 },
    { name: 'only ingress', facts: facts({ workloads: [web, db], policies: [denyAll('shop', ['Ingress'])] }), messageId: 'unisolated', count: 2 },
    {
      name: 'selector covers one of two',
      facts: facts({ workloads: [web, db], policies: [np('shop', 'web', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress', 'Egress'] })] }),
      messageId: 'unisolated',
      count: 1,
    },
  ],
  notApplicable: [facts({ namespaces: [ns('shop')] }), facts({ workloads: [deploy('kube-system', 'coredns', { k8s: 'dns' })] })],
  error: [{ ...facts({}), 'k8s.pods': { ok: false, reason: 'forbidden: list pods' } }],
});
