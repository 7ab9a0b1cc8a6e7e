import check from '../../../checks/kubernetes/k8s.admission.webhook-fail-open.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden } from '../../kit/k8s/builders.js';

const vwc = (name: string, failurePolicy: string) => ({
  apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration', metadata: { name },
  webhooks: [{ name: `validate.${name}.sh`, failurePolicy }],
});
checkTester.run(check, {
  pass: [{ 'k8s.admission': [vwc('kyverno-resource-validating-webhook-cfg', 'Fail')] }],
  warn: [{ facts: { 'k8s.admission': [vwc('gatekeeper-validating-webhook-configuration', 'Ignore')] }, messageId: 'ignore' }],
  notApplicable: [{ 'k8s.admission': [vwc('cert-manager-webhook', 'Ignore')] }],
  error: [{ 'k8s.admission': forbidden('validatingwebhookconfigurations') }],
});
