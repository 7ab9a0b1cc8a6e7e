import { describe, expect, it } from 'vitest';
import { factsFromObjects } from '../../../src/providers/kubernetes/facts.js';
import { redactSecret } from '../../../src/providers/kubernetes/redact.js';

const SECRET = 's3cr3t-value';

describe('redactSecret', () => {
  it('keeps key names, empties values, drops stringData and the last-applied annotation', () => {
    const out = redactSecret({
      kind: 'Secret',
      metadata: { name: 'a', namespace: 'n', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `{"data":{"k":"${SECRET}"}}`, team: 'x' } },
      data: { token: Buffer.from(SECRET).toString('base64') },
      stringData: { 'ca.crt': SECRET },
      type: 'kubernetes.io/service-account-token',
    });
    expect(out).toEqual({
      kind: 'Secret',
      metadata: { name: 'a', namespace: 'n', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '(redacted)', team: 'x' } },
      data: { 'ca.crt': '', token: '' },
      type: 'kubernetes.io/service-account-token',
    });
  });

  it('is applied to Secrets from manifests too', () => {
    const facts = factsFromObjects(
      [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'a', namespace: 'n' }, stringData: { password: SECRET }, $source: { file: 's.yaml', line: 1 } }],
      { name: 'offline', source: 'manifests' },
    );
    expect(JSON.stringify(facts)).not.toContain(SECRET);
    expect(facts['k8s.secrets']).toEqual({ ok: true, value: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'a', namespace: 'n' }, data: { password: '' }, $source: { file: 's.yaml', line: 1 } }] });
  });
});

describe('literal credentials outside Secrets', () => {
  const PASSWORD = 'hunter2-Zq9';
  const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api', namespace: 'shop', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `{"env":"${PASSWORD}"}` } },
    spec: {
      template: {
        metadata: { labels: { app: 'api' } },
        spec: {
          containers: [
            { name: 'api', image: 'api@sha256:abc', env: [{ name: 'DB_PASSWORD', value: PASSWORD }, { name: 'UPSTREAM', value: AWS_KEY }, { name: 'LOG_LEVEL', value: 'debug' }] },
          ],
        },
      },
    },
  };
  const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'shop' }, data: { db_password: PASSWORD, mode: 'fast' } };

  it('never reach the facts, but the masks say why', async () => {
    const facts = factsFromObjects([deployment, configMap], { name: 'offline', source: 'manifests' });
    const text = JSON.stringify(facts);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(AWS_KEY);
    const wl = (facts['k8s.workloads'] as { value: typeof deployment[] }).value[0]!;
    expect(wl.spec.template.spec.containers[0]!.env).toEqual([
      { name: 'DB_PASSWORD', value: '<redacted: credential-like name>' },
      { name: 'UPSTREAM', value: '<redacted: AWS access key id>' },
      { name: 'LOG_LEVEL', value: 'debug' },
    ]);
    expect((facts['k8s.configmaps'] as { value: (typeof configMap)[] }).value[0]!.data).toEqual({ db_password: '<redacted: credential-like name>', mode: 'fast' });
  });

  it('are still found by the literal-env check after masking', async () => {
    const { default: check } = await import('../../../checks/kubernetes/k8s.secrets.literal-env.js');
    const { runCheck } = await import('../../helpers/check-tester.js');
    const facts = factsFromObjects([deployment], { name: 'offline', source: 'manifests' });
    const results = runCheck(check, { 'k8s.pods': facts['k8s.pods'], 'k8s.workloads': facts['k8s.workloads'] });
    expect(results.map((r) => r.status)).toEqual(['fail']);
    expect(results[0]!.evidence).toContain('DB_PASSWORD');
    expect(results[0]!.evidence).toContain('UPSTREAM');
    expect(JSON.stringify(results)).not.toContain(PASSWORD);
  });
});
