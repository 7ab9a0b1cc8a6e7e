import check from '../../../checks/kubernetes/k8s.netpol.datastore-reachable-cross-namespace.js';
import { checkTester } from '../../helpers/check-tester.js';
import { denyAll, deploy, facts, np } from '../../netpol/objects.js';

const redis = deploy('cache', 'redis', { app: 'redis' }, [{ name: 'redis', containerPort: 6379 }]);
const web = deploy('shop', 'web', { app: 'web' }, [{ containerPort: 8080 }]);
checkTester.run(check, {
  pass: [
    facts({ workloads: [redis, web], policies: [denyAll('cache', ['Ingress'])] }),
    // only port 80 is open into the cache namespace: the datastore port stays closed
    facts({ workloads: [redis, web], policies: [np('cache', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 80 }] }] })] }),
  ],
  fail: [
    { name: 'no policy', facts: facts({ workloads: [redis, web] }), messageId: 'reaches', count: 1 },
    {
      name: 'named port open to all namespaces',
      facts: facts({ workloads: [redis, web], policies: [np('cache', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 'redis' }] }] })] }),
      messageId: 'reaches',
    },
    { name: 'datastore known by name only', facts: facts({ workloads: [deploy('db', 'postgres', { app: 'pg' }), web] }), messageId: 'reaches' },
  ],
  notApplicable: [facts({ workloads: [web] }), facts({})],
  error: [{ ...facts({}), 'k8s.networkpolicies': { ok: false, reason: 'forbidden: list networkpolicies' } }],
});
