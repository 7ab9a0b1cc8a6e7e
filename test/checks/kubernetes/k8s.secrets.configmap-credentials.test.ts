import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.secrets.configmap-credentials.js';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { forbidden } from '../../kit/k8s/builders.js';

const cm = (data: Record<string, string>, name = 'cfg') => ({ 'k8s.configmaps': [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'shop' }, data }] });
checkTester.run(check, {
  pass: [
    cm({ 'log.level': 'info', 'ca.crt': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' }),
    cm({ 'app.properties': 'db.host=db\ndb.password=${DB_PASSWORD}\n' }),
    cm({ token_ttl: '3600', password_policy: 'strict' }),
  ],
  fail: [
    { facts: cm({ DB_PASSWORD: 'hunter2' }), messageId: 'credentials' },
    { facts: cm({ 'app.properties': 'db.host=db\ndb.password=hunter2\n' }), messageId: 'credentials' },
    { facts: cm({ 'config.yaml': 'aws:\n  key: ' + ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('') + '\n' }), messageId: 'credentials' },
  ],
  notApplicable: [{ 'k8s.configmaps': [] }],
  error: [{ 'k8s.configmaps': forbidden('configmaps') }],
});

it('reports key names only', () => {
  const text = JSON.stringify(runCheck(check, cm({ 'api-key': 'abc-very-secret', 'settings.ini': 'secret = topsecretvalue' })));
  expect(text).toContain('api-key (credential-like name)');
  expect(text).toContain('settings.ini (credential assignment in a config file)');
  expect(text).not.toContain('very-secret');
  expect(text).not.toContain('topsecretvalue');
});
