import check from '../../../checks/kubernetes/k8s.netpol.selector-matches-nothing.js';
import { checkTester } from '../../helpers/check-tester.js';
import { deploy, facts, np } from '../../netpol/objects.js';

const web = deploy('shop', 'web', { app: 'web', tier: 'front' });
const sel = (s: Record<string, unknown>) => np('shop', 'p', { podSelector: s, policyTypes: ['Ingress'] });
checkTester.run(check, {
  pass: [
    facts({ workloads: [web], policies: [sel({ matchLabels: { app: 'web' } })] }),
    facts({ workloads: [web], policies: [sel({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'back'] }] })] }),
    facts({ workloads: [web], policies: [sel({})] }),
    { name: 'namespace-wide default in an empty namespace', facts: facts({ workloads: [web], policies: [np('shop2', 'p', { podSelector: {} })] }), messageId: 'namespaceWide' },
  ],
  fail: [
    { name: 'renamed label', facts: facts({ workloads: [web], policies: [sel({ matchLabels: { app: 'website' } })] }), messageId: 'nothing' },
    { name: 'wrong namespace', facts: facts({ workloads: [web], policies: [np('shop2', 'p', { podSelector: { matchLabels: { app: 'web' } } })] }), messageId: 'nothing' },
    { name: 'DoesNotExist on a present key', facts: facts({ workloads: [web], policies: [sel({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] })] }), messageId: 'nothing' },
  ],
  notApplicable: [facts({ workloads: [web] }), facts({ policies: [sel({})] })],
  error: [
    { ...facts({}), 'k8s.workloads': { ok: false, reason: 'forbidden: list deployments' } },
    { name: 'bad operator', facts: facts({ workloads: [web], policies: [sel({ matchExpressions: [{ key: 'a', operator: 'Like', values: ['x'] }] })] }) },
  ],
});
