import check from '../../../checks/kubernetes/k8s.identity.automount-token.js';
import { checkTester } from '../../helpers/check-tester.js';
import { binding, bindingFacts, deployment, forbidden, goodSpec, workloadFacts } from '../../kit/k8s/builders.js';

const sa = (name: string, namespace: string, automount?: boolean) => ({
  apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace }, ...(automount === undefined ? {} : { automountServiceAccountToken: automount }),
});
const facts = (spec: Parameters<typeof goodSpec>[0], sas: object[] = [], bindings = bindingFacts()) => ({
  ...workloadFacts(deployment('web', 'shop', goodSpec(spec))),
  'k8s.serviceaccounts': sas,
  ...bindings,
});
const readerBinding = bindingFacts(binding('web-reader', { kind: 'Role', name: 'reader' }, [{ kind: 'ServiceAccount', name: 'web' }], 'shop'));
const otherBinding = bindingFacts(binding('api-reader', { kind: 'Role', name: 'reader' }, [{ kind: 'ServiceAccount', name: 'api' }], 'shop'));

checkTester.run(check, {
  pass: [
    facts({ serviceAccountName: 'web', automountServiceAccountToken: false }),
    { name: 'the service account opts out', facts: facts({ serviceAccountName: 'web', automountServiceAccountToken: undefined }, [sa('web', 'shop', false)]) },
    { name: 'token needed: the service account holds a role', facts: facts({ serviceAccountName: 'web', automountServiceAccountToken: undefined }, [sa('web', 'shop')], readerBinding) },
  ],
  fail: [
    { facts: facts({ serviceAccountName: 'web', automountServiceAccountToken: undefined }, [sa('web', 'shop')], otherBinding), messageId: 'mounted' },
    { name: 'pod setting wins over the service account', facts: facts({ serviceAccountName: 'web', automountServiceAccountToken: true }, [sa('web', 'shop', false)], otherBinding), messageId: 'mounted' },
    { name: 'default SA, nothing set', facts: facts({ serviceAccountName: undefined, automountServiceAccountToken: undefined }, [], otherBinding), messageId: 'mounted' },
    { name: 'no bindings at all in the input (pods-only dump): says so instead of "bound to no role"', facts: facts({ serviceAccountName: 'web', automountServiceAccountToken: undefined }, [sa('web', 'shop')]), messageId: 'mountedNoRbac' },
  ],
  notApplicable: [{ ...workloadFacts(), 'k8s.serviceaccounts': [], ...bindingFacts() }],
  error: [{ ...workloadFacts(), 'k8s.serviceaccounts': forbidden('serviceaccounts'), ...bindingFacts() }],
});
