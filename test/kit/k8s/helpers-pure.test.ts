import { describe, expect, it } from 'vitest';
import { isPinnedDigest, parseImage } from '../../../src/kit/k8s/images.js';
import { grantedPermissions } from '../../../src/kit/k8s/rbac.js';
import { credentialPattern, hasSecretName, secretLooking } from '../../../src/kit/k8s/secret-patterns.js';

describe('parseImage', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['host:5000/team/app', { repository: 'host:5000/team/app' }],
    ['host:5000/team/app:v1', { repository: 'host:5000/team/app', tag: 'v1' }],
    ['app@sha256:abc', { repository: 'app', digest: 'sha256:abc' }],
    ['app:1@sha256:abc', { repository: 'app', tag: '1', digest: 'sha256:abc' }],
  ])('%s', (ref, want) => expect(parseImage(ref)).toEqual(want));

  it('pins only full digests', () => {
    expect(isPinnedDigest('sha256:' + 'f'.repeat(64))).toBe(true);
    expect(isPinnedDigest('sha256:abc')).toBe(false);
    expect(isPinnedDigest(undefined)).toBe(false);
  });
});

describe('grantedPermissions', () => {
  const want = [{ verbs: ['get'], resources: ['secrets', 'pods/exec'], group: '' }];
  it.each([
    [[{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], ['get secrets']],
    [[{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }], ['get secrets', 'get pods/exec']],
    [[{ apiGroups: [''], resources: ['pods/*'], verbs: ['get'] }], ['get pods/exec']],
    [[{ apiGroups: [''], resources: ['*/exec'], verbs: ['get'] }], ['get pods/exec']],
    [[{ apiGroups: ['apps'], resources: ['secrets'], verbs: ['get'] }], []],
    [[{ nonResourceURLs: ['*'], verbs: ['*'] }], []],
    [[{ apiGroups: [''], resources: ['secrets'] }], []],
  ])('%j', (rules, hits) => expect(grantedPermissions(rules, want)).toEqual(hits));
});

describe('secret patterns', () => {
  it.each([
    ['DB_PASSWORD', true], ['githubToken', true], ['API_KEY', true], ['AWS_SECRET_ACCESS_KEY', true], ['client-secret', true],
    ['PASSWORD_FILE', false], ['TOKEN_TTL', false], ['SECRET_NAME', false], ['password_policy', false], ['KEY', false], ['MONKEY', false],
  ])('%s is a credential name: %s', (name, want) => expect(hasSecretName(name)).toBe(want));

  it('recognises values by content, and not placeholders', () => {
    expect(credentialPattern('redis://:pw@redis:6379')).toBeUndefined(); // empty user: the regex needs user:pass
    expect(credentialPattern('amqp://app:pw@mq:5672/')).toBe('URL with embedded password');
    expect(secretLooking('DB_PASSWORD', '/run/secrets/db')).toBeUndefined();
    expect(secretLooking('DB_PASSWORD', '$(FROM_SECRET)')).toBeUndefined();
    expect(secretLooking('DB_PASSWORD', 'x')).toBe('credential-like name');
  });
});
