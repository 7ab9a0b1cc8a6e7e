import { join } from 'node:path';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';
import { packageRoot } from '../../../src/engine/paths.js';
import { checkTester } from '../../helpers/check-tester.js';

const check = loadYamlCheckFile(join(packageRoot, 'checks/kubernetes/k8s.identity.oidc.yaml'));
const apiserver = (flags: Record<string, string>) => ({ 'k8s.apiserver': { component: 'apiserver', flags, instances: [] } });
checkTester.run(check, {
  pass: [
    apiserver({ 'oidc-issuer-url': 'https://login.example.com', 'oidc-client-id': 'kubernetes' }),
    apiserver({ 'authentication-config': '/etc/kubernetes/auth-config.yaml' }),
  ],
  fail: [{ facts: apiserver({ 'client-ca-file': '/etc/kubernetes/pki/ca.crt' }), messageId: 'failed' }],
  notApplicable: [{ 'k8s.apiserver': { ok: false, reason: 'managed control plane: no static control-plane pods visible', notApplicable: true } }],
  error: [{ 'k8s.apiserver': { ok: false, reason: 'forbidden: list pods' } }],
});
