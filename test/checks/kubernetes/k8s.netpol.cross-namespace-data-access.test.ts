import check from '../../../checks/kubernetes/k8s.netpol.cross-namespace-data-access.js';
import { checkTester } from '../../helpers/check-tester.js';
import { denyAll, deploy, facts, np, ns } from '../../netpol/objects.js';

const pg = deploy('data', 'postgres', { app: 'pg' }, [{ containerPort: 5432 }]);
const web = deploy('shop', 'web', { app: 'web' });
const onlyOwnNs = np('data', 'own-ns', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] });
checkTester.run(check, {
  pass: [
    facts({ namespaces: [ns('data'), ns('shop')], workloads: [pg, web], policies: [denyAll('data', ['Ingress'])] }),
    facts({ namespaces: [ns('data'), ns('shop')], workloads: [pg, web], policies: [onlyOwnNs] }),
    // a named client workload in another namespace (namespaceSelector AND podSelector)
    facts({
      workloads: [pg, web],
      policies: [np('data', 'clients', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } }, podSelector: { matchLabels: { app: 'web' } } }] }] })],
    }),
    // the client namespace denies egress
    facts({ workloads: [pg, web], policies: [denyAll('shop', ['Egress'])] }),
  ],
  fail: [
    { name: 'no policy', facts: facts({ namespaces: [ns('data'), ns('shop')], workloads: [pg, web] }), messageId: 'reachable', count: 1 },
    {
      name: 'namespaceSelector {} lets every namespace in',
      facts: facts({ workloads: [pg, web], policies: [np('data', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 5432 }] }] })] }),
      messageId: 'reachable',
    },
    {
      name: 'labelled data namespace',
      facts: facts({ namespaces: [ns('billing', { 'ztaudit.io/data': 'true' }), ns('shop')], workloads: [deploy('billing', 'ledger', { app: 'l' }), web] }),
      messageId: 'reachable',
    },
  ],
  notApplicable: [facts({ namespaces: [ns('shop')], workloads: [web] }), facts({ namespaces: [ns('data')], workloads: [web] })],
  error: [{ ...facts({}), 'k8s.namespaces': { ok: false, reason: 'forbidden: list namespaces' } }],
});
