// The s3 kind: what --s3 and an inventory address may be, and how the inventory options are read.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { isLoopbackHost, s3Endpoint, s3Options, s3OptionsOf } from '../../src/kinds/s3.js';
import { parseInventory } from '../../src/inventory/load.js';
import { rootElement } from '../../src/providers/s3/answer-root.js';
import { aclFacts, bucketName, policyFacts } from '../../src/providers/s3/convert.js';
import { scrubber } from '../../src/providers/s3/read.js';

describe('--s3 URL', () => {
  it('names one target per endpoint, by host and port', () => {
    expect(KINDS.s3.fromFlags({ s3: ['https://s3.eu-west-1.amazonaws.com', 'https://minio.lab:9000/'] })).toEqual([
      { id: 's3:s3.eu-west-1.amazonaws.com', kind: 's3', name: 's3.eu-west-1.amazonaws.com', address: 'https://s3.eu-west-1.amazonaws.com', options: { transport: 'https' } },
      { id: 's3:minio.lab:9000', kind: 's3', name: 'minio.lab:9000', address: 'https://minio.lab:9000', options: { transport: 'https' } },
    ]);
  });

  it.each([
    ['ftp://s3.example', /expected https:\/\/host\[:port\]/],
    ['s3.example', /expected https:\/\/host\[:port\]/],
    ['https://s3.example/bucket', /give the endpoint only/],
    ['https://s3.example/?region=eu', /give the endpoint only/],
    ['https://AKIA:secret@s3.example', /credentials do not belong in the URL/],
    ['http://10.0.0.5:9000', /plain http:\/\/ is accepted for a loopback endpoint only/],
  ])('refuses %s', (url, want) => {
    expect(() => s3Endpoint(url)).toThrow(want);
  });

  it('accepts plain http on loopback only', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '[::1]']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['10.0.0.1', 'example.com', '[::2]', '128.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
    expect(s3Endpoint('http://[::1]:8080').origin).toBe('http://[::1]:8080');
  });
});

describe('inventory options of an s3 target', () => {
  it('reads every option, with defaults', () => {
    expect(s3Options({})).toEqual({ backupBuckets: [], backupTag: { key: 'backup', value: 'true' }, requireCompliance: false, requireKms: false });
    expect(s3Options({ buckets: ['a', 'logs-*'], backupBuckets: ['b*'], backupTag: 'class=backup', region: 'eu-west-1', pathStyle: false, profile: 'audit', minRetentionDays: 30, requireCompliance: true, requireKms: true })).toEqual({
      buckets: ['a', 'logs-*'], backupBuckets: ['b*'], backupTag: { key: 'class', value: 'backup' }, region: 'eu-west-1', pathStyle: false, profile: 'audit', minRetentionDays: 30, requireCompliance: true, requireKms: true,
    });
    // a target's options also carry transport, ca, credentials...: only the s3 ones are read
    expect(s3OptionsOf({ transport: 'https', ca: '/x.pem', minRetentionDays: 7 }).minRetentionDays).toBe(7);
  });

  it.each([
    [{ buckets: 'a' }, 'options.buckets: expected a list of bucket names'],
    [{ minRetentionDays: 0 }, 'options.minRetentionDays: expected a whole number of days, 1 to 36500'],
    [{ requireKms: 'yes' }, 'options.requireKms: expected true or false'],
    [{ backupTag: 'backup' }, 'options.backupTag: expected a name'],
    [{ minRetention: 30 }, 'options.minRetention: not an s3 option'],
  ])('%j is a usage error', (options, want) => {
    expect(() => s3Options(options)).toThrow(want);
  });

  it('the inventory refuses a bad address or option with the field named', () => {
    expect(() => parseInventory('targets:\n  - {name: b, kind: s3, address: "http://10.1.1.1"}\n', 'i.yaml')).toThrow(/^inventory i\.yaml: targets\/0\/address: bad address "http:\/\/10\.1\.1\.1": plain http/);
    expect(() => parseInventory('targets:\n  - {name: b, kind: s3, options: {requireKms: 1}}\n', 'i.yaml')).toThrow('inventory i.yaml: targets/0/options.requireKms: expected true or false');
    const t = parseInventory('targets:\n  - {name: b, kind: s3, address: "https://s3.example", options: {backupBuckets: [vault]}}\n', 'i.yaml').targets[0]!;
    expect(t).toMatchObject({ id: 's3:b', kind: 's3', address: 'https://s3.example', options: { backupBuckets: ['vault'] } });
  });
});

describe('provider helpers', () => {
  it('rootElement names the first element, past the declaration, comments and a prefix', () => {
    expect(rootElement('<?xml version="1.0"?>\n<!-- x --><ListBucketResult xmlns="...">')).toBe('ListBucketResult');
    expect(rootElement('<s3:Tagging/>')).toBe('Tagging');
    expect(rootElement('')).toBe('');
  });

  it('policyFacts normalises principals, single values and condition keys', () => {
    const p = policyFacts(JSON.stringify({ Statement: { Effect: 'Allow', Principal: { AWS: ['*'], Service: 'logging.s3.amazonaws.com' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'AWS:SourceVpce': 'vpce-1' } } } }));
    expect(p.statements).toEqual([{ effect: 'Allow', principals: ['*', 'Service:logging.s3.amazonaws.com'], notPrincipal: false, actions: ['s3:GetObject'], notAction: false, resources: ['arn:aws:s3:::b/*'], conditions: { StringEquals: { 'aws:sourcevpce': ['vpce-1'] } } }]);
    expect(policyFacts('{not json').unreadable).toBe('the policy is not JSON');
  });

  it('text from a hostile endpoint cannot drive a terminal, and a bad bucket name is never used', () => {
    expect(policyFacts(JSON.stringify({ Statement: [{ Sid: 'a\u001b[2Jb', Effect: 'Allow', Principal: '*', Action: 's3:Get\u202eObject' }] })).statements[0]).toMatchObject({ sid: 'a\ufffd[2Jb', actions: ['s3:Get\ufffdObject'] });
    expect(aclFacts({ Grants: [{ Grantee: { Type: 'CanonicalUser', DisplayName: 'x\ny' }, Permission: 'READ' }] }).grants[0]!.who).toBe('x\ufffdy');
    expect(['ok-bucket', 'Legacy_Bucket.1'].map(bucketName)).toEqual(['ok-bucket', 'Legacy_Bucket.1']);
    expect(['', 'a/b', 'evil\u001b[2J', undefined].map(bucketName)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('scrubber masks each secret wherever it appears', () => {
    const scrub = scrubber(['AKIAEXAMPLE', 'sekrit/value', undefined]);
    expect(scrub('key AKIAEXAMPLE and sekrit/value twice sekrit/value')).toBe('key *** and *** twice ***');
  });
});
