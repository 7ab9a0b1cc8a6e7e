// End to end: `ztaudit scan --s3 URL --ca FILE` (credentials from the AWS environment) and
// `scan -i inventory.yaml` with an s3 target, against the local HTTPS server that answers the S3 API
// from fixtures/s3/aws/. The CLI runs as a child process while the server answers in this one.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHttpsServer } from '../helpers/https-server.js';
import { startS3ApiServer } from '../helpers/s3-api-server.js';
import { repoRoot, type Run } from './helpers.js';

const KEY_ID = 'AKIAZTAUDITCLI000001';
const SECRET = 'cli/Secret+Never+In+Any+Output+000000000';
const ENV = { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_CONFIG_FILE: '/nonexistent/ztaudit', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/ztaudit' };

/** The built CLI, without blocking this process (the server it talks to answers from here). */
function ztauditAsync(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'bin/ztaudit.js'), ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

interface JsonReport {
  targets: { id: string; kind: string; status: string; error?: string }[];
  results: { checkId: string; status: string; message: string; resource?: { kind: string; name: string } }[];
}

let server: TestHttpsServer;
let dir: string;

beforeAll(async () => {
  server = await startS3ApiServer();
  dir = mkdtempSync(join(tmpdir(), 'ztaudit-s3-cli-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** check id -> bucket -> status */
const byCheck = (report: JsonReport): Record<string, Record<string, string>> => {
  const out: Record<string, Record<string, string>> = {};
  for (const r of report.results) (out[r.checkId] ??= {})[r.resource?.name ?? '-'] = r.status;
  return out;
};

describe('scan an S3 endpoint from the command line', () => {
  it('scan --s3 URL --ca FILE: findings by check id for every bucket, credentials from the environment, no secret anywhere', async () => {
    const r = await ztauditAsync(['scan', '--s3', server.url, '--ca', server.pki.ca, '--only', 'storage.s3.*', '-f', 'json', '-q'], ENV);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.targets).toMatchObject([{ id: `s3:127.0.0.1:${server.port}`, kind: 's3', status: 'partial', error: expect.stringContaining('GetBucketPolicy: AccessDenied') }]);
    const found = byCheck(report);
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(10);
    expect(found['storage.s3.public-acl']).toEqual({ archive: 'pass', legacy: 'fail', restricted: 'pass', vault: 'pass' });
    expect(found['storage.s3.public-policy']).toEqual({ archive: 'pass', legacy: 'fail', restricted: 'error', vault: 'pass' });
    expect(found['storage.s3.block-public-access']!.legacy).toBe('fail');
    expect(found['storage.s3.object-lock']).toEqual({ archive: 'not_applicable', legacy: 'not_applicable', restricted: 'not_applicable', vault: 'pass' });
    expect(found['storage.s3.tls-only']).toMatchObject({ legacy: 'fail', vault: 'pass' });
    // no inventory rules: they do not apply
    expect(found['storage.s3.retention-minimum']).toEqual({ '-': 'not_applicable' });
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout).not.toContain(KEY_ID);
  });

  it('an unverified certificate: exit 3, the target unreachable with the reason', async () => {
    const r = await ztauditAsync(['scan', '--s3', server.url, '--ca', server.pki.otherCa, '--only', 'storage.s3.*', '-f', 'json', '-v'], ENV);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/unreachable: .*TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified/);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.targets[0]).toMatchObject({ status: 'unreachable', error: expect.stringMatching(/TLS certificate of https:\/\/127\.0\.0\.1:\d+ not verified/) });
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('-v logs name no secret', async () => {
    const r = await ztauditAsync(['scan', '--s3', server.url, '--ca', server.pki.ca, '--only', 'storage.s3.*', '-f', 'json', '-v'], ENV);
    expect(r.stderr).toContain('bucket(s) to read');
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain(KEY_ID);
  });

  it('-i inventory.yaml: kind s3 with ca:, credentials by reference and the site rules in options', async () => {
    const inv = join(dir, 'inventory.yaml');
    writeFileSync(
      inv,
      `version: 1
targets:
  - name: backups
    kind: s3
    address: ${server.url}
    ca: ${server.pki.ca}
    credentials:
      accessKeyId: { env: ZT_S3_KEY }
      secretAccessKey: { env: ZT_S3_SECRET }
    options:
      backupBuckets: [archive]
      minRetentionDays: 30
      requireCompliance: true
      requireKms: true
`,
    );
    const out = join(dir, 'reports');
    const r = await ztauditAsync(['scan', '-i', inv, '--only', 'storage.s3.*', '-f', 'json,sarif', '-o', out, '-q'], { ZT_S3_KEY: KEY_ID, ZT_S3_SECRET: SECRET, AWS_CONFIG_FILE: '/nonexistent/ztaudit', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/ztaudit' });
    expect(r.stderr).toBe('');
    const json = readFileSync(join(out, 'report.json'), 'utf8');
    const sarif = readFileSync(join(out, 'report.sarif'), 'utf8');
    expect(json + sarif).not.toContain(SECRET);
    const found = byCheck(JSON.parse(json) as JsonReport);
    // one SARIF run for the s3 kind; each finding located at a stable pseudo-path naming the bucket
    const runs = (JSON.parse(sarif) as { runs: { automationDetails: { id: string }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs;
    expect(runs.map((x) => x.automationDetails.id)).toEqual(['ztaudit/s3/']);
    const legacyAcl = runs[0]!.results.find((x) => x.ruleId === 'storage.s3.public-acl');
    expect(legacyAcl?.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^ztaudit\/s3\/.*legacy/);
    expect(found['storage.s3.retention-minimum']).toEqual({ archive: 'fail', legacy: 'not_applicable', restricted: 'not_applicable', vault: 'pass' });
    expect(found['storage.s3.compliance-mode']).toEqual({ archive: 'fail', legacy: 'not_applicable', restricted: 'not_applicable', vault: 'pass' });
    expect(found['storage.s3.default-encryption']).toEqual({ archive: 'fail', legacy: 'fail', restricted: 'fail', vault: 'pass' });
    expect(found['storage.s3.mfa-delete']).toEqual({ archive: 'fail', legacy: 'not_applicable', restricted: 'fail', vault: 'pass' });
    expect(r.stdout).not.toContain(SECRET);
  });

  it('usage errors: one line, exit 2, nothing contacted', async () => {
    const cases: [string[], RegExp][] = [
      [['--s3', 'http://s3.example.com'], /^ztaudit: bad --s3 URL "http:\/\/s3\.example\.com": plain http:\/\/ is accepted for a loopback endpoint only; use https:\/\/\n$/],
      [['--s3', 'not a url'], /^ztaudit: bad --s3 URL "not a url" \(expected https:\/\/host\[:port\]/],
      [['--s3', 'https://s3.example.com/bucket'], /give the endpoint only/],
      [['--s3', 'https://key:secret@s3.example.com'], /credentials do not belong in the URL/],
    ];
    for (const [args, want] of cases) {
      const r = await ztauditAsync(['scan', ...args], ENV);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(want);
      expect(r.stderr.split('\n').length).toBe(2);
    }
    const inv = join(dir, 'bad.yaml');
    writeFileSync(inv, `targets:\n  - name: b\n    kind: s3\n    address: https://s3.example.com\n    options:\n      minRetentionDays: soon\n`);
    const r = await ztauditAsync(['scan', '-i', inv], ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ztaudit: inventory ${inv}: targets/0/options.minRetentionDays: expected a whole number of days, 1 to 36500\n`);
    expect(server.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });
});
