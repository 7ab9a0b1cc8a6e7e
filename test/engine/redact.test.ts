import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK, isSecretKey, maskEveryPattern, maskText, redact, redactShared } from '../../src/engine/redact.js';

const PEM = `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----`;

describe('maskText', () => {
  it.each([
    ['a PEM private key', `key:\n${PEM}\nrest`, `key:\n${MASK}\nrest`],
    ['an OpenSSH private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----', MASK],
    ['an unterminated PEM key', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC', MASK],
    ['an AWS access key id', 'id AKIAIOSFODNN7EXAMPLE here', `id ${MASK} here`],
    ['a bearer token', 'Authorization: Bearer abcdef0123456789xyz', `Authorization: Bearer ${MASK}`],
    ['a JWT', 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl', `token ${MASK}`],
    ['password=...', 'mysql -u root password=hunter2 --x', `mysql -u root password=${MASK} --x`],
    ['password: with a digit', 'password: hunter2', `password: ${MASK}`],
    ['a quoted YAML secret', "token: 'letmein'", `token: '${MASK}'`],
    ['a plain word after password=', 'PASSWORD=letmein', `PASSWORD=${MASK}`],
    ['a quoted JSON secret', '{"client_secret": "s3cr3t-VALUE"}', `{"client_secret": "${MASK}"}`],
    ['aws_secret_access_key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', `aws_secret_access_key = ${MASK}`],
    ['URL credentials', 'postgres://app:Pa55w0rd@db:5432/x', `postgres://app:${MASK}@db:5432/x`],
    ['a GitHub token', 'ghp_1234567890abcdefghijABCDEFGHIJ123456', MASK],
  ])('masks %s', (_name, input, want) => {
    expect(maskText(input)).toBe(want);
  });

  it.each([
    'PasswordAuthentication no',
    'PermitRootLogin prohibit-password',
    'expected anonymous-auth eq false',
    'sha256 3f786850e387550fdab836ed7e6dc881de23001b',
    'automountServiceAccountToken: false',
    '{"automountServiceAccountToken":true,"tokenTTL":3600}',
    'Basic authentication is enabled',
    'Token requests are allowed',
    'max_password_age=90',
    'use-service-account-credentials: kube-controller-manager=(unset), kube-controller-manager=true',
    'billing: DB_PASSWORD=<redacted> (credential-like name)',
    'automountServiceAccountToken: pod unset, ServiceAccount true',
    'keys that look like credentials: DATABASE_PASSWORD (credential-like name)',
  ])('leaves harmless text alone: %s', (text) => {
    expect(maskText(text)).toBe(text);
  });

  it('stays linear on adversarial input (1 MB each well under a second)', () => {
    const inputs = ['ab-_', 'ab-', 'a:', 'password= ', 'http://a:', 'Bearer ', '-----BEGIN ', 'eyJaaaaa.'].map((unit) => unit.repeat(Math.ceil(1e6 / unit.length)));
    const t0 = performance.now();
    for (const s of inputs) maskText(s);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('is idempotent on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => maskText(maskText(s)) === maskText(s)));
  });
});

describe('redact', () => {
  it('masks credential-like values under secret-looking keys, not settings or state words', () => {
    const facts = {
      passwordauthentication: 'no',
      PermitEmptyPasswords: 'no',
      dbPassword: 'correct horse',
      api_token: 'abc123',
      password: 'locked',
      automountServiceAccountToken: true,
      secretName: 'tls-cert',
      env: [
        { name: 'DB_PASSWORD', value: 'Zq8#corr3ct-h0rse' },
        { name: 'RANDOM_BLOB', value: 'q8ZK2mP0xV7nR4tL9wB3yH6j' },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
    };
    const frozen = Object.freeze(facts);
    expect(redact(frozen)).toEqual({
      passwordauthentication: 'no',
      PermitEmptyPasswords: 'no',
      dbPassword: MASK,
      api_token: MASK,
      password: 'locked',
      automountServiceAccountToken: true,
      secretName: 'tls-cert',
      env: [
        { name: 'DB_PASSWORD', value: MASK },
        { name: 'RANDOM_BLOB', value: MASK },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
    });
    expect(facts.dbPassword).toBe('correct horse');
  });

  it.each(['password', 'clientSecret', 'private_key', 'x-api-key', 'AWS_SECRET_ACCESS_KEY', 'bearerToken'])('treats %s as a secret key', (k) => {
    expect(isSecretKey(k)).toBe(true);
  });
  it.each(['passwordAuthentication', 'tokenTTL', 'secretName', 'tokenFile', 'keyUsage', 'name'])('does not treat %s as a secret key', (k) => {
    expect(isSecretKey(k)).toBe(false);
  });

  it('is idempotent on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => JSON.stringify(redact(redact(v))) === JSON.stringify(redact(v))));
  });

  it('a planted secret never survives, wherever it sits in a JSON value', () => {
    const secret = 'AKIAIOSFODNN7EXAMPLE';
    const json = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.constant(secret), fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('v'), { maxKeys: 4 })),
    })).v;
    fc.assert(fc.property(json, (v) => !JSON.stringify(redact(v) ?? null).includes(secret)));
  });
});

describe('maskText shortcut', () => {
  // pieces that trigger each pattern, in any case, mixed with plain words and separators
  const pieces = ['password', 'PassWord', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'Token', 'Bearer', 'Basic', 'api_key', 'api-key', 'access_key', 'private-key', 'AKIA', 'ASIA', 'AIPA', 'eyJ', 'ghp_', 'glpat-', 'xoxb-', 'sk_live_', '-----BEGIN ', 'PRIVATE KEY-----', '://', 'user:', '@host', '=', ': ', '"', ' ', 'abc', 'X9f3kQ2LmN8pR7tV1wYz', '0123456789ABCDEF', '\n'];
  it('masks exactly what every pattern masks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        return maskText(text) === maskEveryPattern(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('redactShared', () => {
  it('equals redact for any JSON value, never mutates, and shares what needs no masking', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const before = JSON.stringify(v);
        const shared = redactShared(v);
        return JSON.stringify(shared) === JSON.stringify(redact(v)) && JSON.stringify(v) === before;
      }),
      { numRuns: 500 },
    );
    const clean = { workloads: [{ name: 'a', targets: [{ dst: 'b', conn: 'TCP 80' }] }] };
    expect(redactShared(clean)).toBe(clean);
    const secret = { a: clean, env: [{ name: 'DB_PASSWORD', value: 'Hunter2-Hunter2' }] };
    const masked = redactShared(secret);
    expect(masked).toEqual(redact(secret));
    expect(masked.a).toBe(clean); // the untouched branch is shared
    expect(secret.env[0]!.value).toBe('Hunter2-Hunter2');
  });
});

describe('a __proto__ key from a target', () => {
  it('stays an own key through masking, never the copy\'s prototype', async () => {
    const { redact, redactShared } = await import('../../src/engine/redact.js');
    const hostile = JSON.parse('{"__proto__": {"password": "hunter2-planted"}, "a": 1}') as Record<string, unknown>;
    for (const f of [redact, redactShared]) {
      const out = f(hostile) as Record<string, unknown>;
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.keys(out)).toEqual(['__proto__', 'a']);
      expect(JSON.stringify(out)).toBe('{"__proto__":{"password":"****"},"a":1}');
    }
  });
});
