import { describe, expect, it } from 'vitest';
import { factsFromObjects } from '../../../src/collectors/kubernetes/facts.js';
import { redactSecret } from '../../../src/collectors/kubernetes/redact.js';

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
