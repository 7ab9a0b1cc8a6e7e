import { expect, it } from 'vitest';
import check from '../../../checks/kubernetes/k8s.secrets.literal-env.js';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { forbidden, withContainer, workloadFacts } from '../../kit/k8s/builders.js';

const env = (name: string, value: string) => withContainer({ env: [{ name, value }] });
// Test values are built at run time so no scanner mistakes this file for a leak.
const awsKey = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const pem = ['-----BEGIN', 'RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----'].join(' ');

checkTester.run(check, {
  pass: [
    env('LOG_LEVEL', 'debug'),
    env('PASSWORD_FILE', '/run/secrets/db'),
    env('TOKEN_TTL', '3600'),
    env('API_KEY', ''),
    env('DB_PASSWORD', '$(DB_PASSWORD_FROM_SECRET)'),
    withContainer({ env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }] }),
  ],
  fail: [
    { facts: env('DB_PASSWORD', 'hunter2'), messageId: 'literal' },
    { facts: env('GITHUB_TOKEN', 'abc123def'), messageId: 'literal' },
    { facts: env('api_key', 'k-123'), messageId: 'literal' },
    { name: 'AWS key under an innocent name', facts: env('CONFIG', awsKey), messageId: 'literal' },
    { name: 'private key', facts: env('TLS', pem), messageId: 'literal' },
    { name: 'URL with a password', facts: env('DATABASE_URL', 'postgres://app:s3cret@db:5432/app'), messageId: 'literal' },
  ],
  notApplicable: [workloadFacts()],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [] }],
});

it('names the variable and never prints the value', () => {
  const results = runCheck(check, withContainer({ env: [{ name: 'DB_PASSWORD', value: 'hunter2-very-secret' }, { name: 'K', value: awsKey }] }));
  const text = JSON.stringify(results);
  expect(text).toContain('DB_PASSWORD=<redacted>');
  expect(text).toContain('K=<redacted> (AWS access key id)');
  expect(text).not.toContain('hunter2');
  expect(text).not.toContain(awsKey);
});
