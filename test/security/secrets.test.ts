// Secrets never leak: one scan plants a secret in every place this version meets one (an SSH key's
// passphrase, a kubeconfig bearer token, CHAP passwords and a Ceph key in storage configuration, a
// CIFS password in fstab, a Secret and a credential-shaped env value in manifests, an inline
// inventory password) and searches every report format, the facts snapshot, stdout and stderr
// (with -v) for each of them: zero hits.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fx, ztauditAsync } from '../cli/helpers.js';
import { keygen, sshdMissing, startSshd, type TestSshd } from '../helpers/sshd.js';
import { startFakeApiServer, TOKEN, type FakeApiServer } from '../providers/kubernetes/fake-apiserver.js';

const PASSPHRASE = 'Planted-Passphrase-7f3c';
const INLINE_PASSWORD = 'Planted-Inline-Password-91ab';
const ENV_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPlantedEnvS3cret';
const SECRET_DATA = 'UGxhbnRlZFNlY3JldERhdGE='; // base64 of PlantedSecretData
const PLANTED = [
  PASSPHRASE,
  TOKEN,
  INLINE_PASSWORD,
  ENV_SECRET,
  SECRET_DATA,
  'PlantedSecretData',
  // in fixtures/storage/weak-root
  'PlantedDiscoveryS3cret',
  'PlantedCommentedS3cret',
  'AQBPlantedCephKeyS3cret',
  'PlantedCifsS3cret',
  'PlantedTpgChapS3cret',
];

let sshd: TestSshd | undefined;
let api: FakeApiServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zt-secrets-'));
  api = await startFakeApiServer({
    lists: new Map([
      ['/api/v1/pods', [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx:1.27', env: [{ name: 'AWS_SECRET_ACCESS_KEY', value: ENV_SECRET }] }] } }]],
      ['/api/v1/secrets', [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, data: { password: SECRET_DATA } }]],
    ]),
  });
  if (!sshdMissing) sshd = await startSshd();
}, 60_000);
afterAll(async () => {
  await sshd?.stop();
  await api?.close();
});

function inventory(): string {
  const manifests = join(dir, 'manifests');
  mkdirSync(manifests, { recursive: true });
  writeFileSync(
    join(manifests, 'app.yaml'),
    `apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: default}\ndata: {password: ${SECRET_DATA}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: default}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n    env:\n    - {name: AWS_SECRET_ACCESS_KEY, value: "${ENV_SECRET}"}\n`,
  );
  const kubeconfig = api.kubeconfig();
  const lines = [
    'targets:',
    `  - {name: storage, kind: linux, root: ${fx('storage', 'weak-root')}}`,
    `  - {name: manifests, kind: kubernetes, manifests: [${manifests}]}`,
    `  - {name: cluster, kind: kubernetes, kubeconfig: ${kubeconfig}, context: test-admin}`,
    // an inline password (warned about) on a host that refuses: it must not reach the reason
    `  - {name: dead, kind: linux, transport: ssh, address: 127.0.0.1, port: 1, user: root, credentials: {password: ${INLINE_PASSWORD}}}`,
  ];
  if (sshd) {
    const enc = keygen(sshd.dir, 'enc_key', { passphrase: PASSPHRASE });
    writeFileSync(join(sshd.dir, 'authorized_keys'), `${sshd.userKey.pub}\n${enc.pub}\n`);
    writeFileSync(join(dir, 'known_hosts'), `${sshd.knownHostsLine()}\n`);
    lines.push(`  - {name: ssh, kind: linux, transport: ssh, address: 127.0.0.1, port: ${sshd.port}, user: root, knownHosts: ${join(dir, 'known_hosts')}, credentials: {privateKey: {file: ${enc.path}}, passphrase: {env: ZT_TEST_PASSPHRASE}}}`);
  }
  const path = join(dir, 'inventory.yaml');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('planted secrets appear in no output', () => {
  it('every report format, the facts snapshot, stdout and stderr (-v)', async () => {
    const out = join(dir, 'out');
    const facts = join(dir, 'facts.json');
    // not spawnSync: the fake API server answers from this process
    const r = await ztauditAsync(['scan', '-i', inventory(), '-v', '-f', 'json,sarif,junit,html,markdown,table', '-o', `${out}/`, '--save-facts', facts], { ZT_TEST_PASSPHRASE: PASSPHRASE });
    // the scan really reached what holds the secrets
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { targets: { id: string; status: string }[]; results: { targetId: string }[] };
    const status = Object.fromEntries(report.targets.map((t) => [t.id, t.status]));
    expect(status['kubernetes:cluster']).not.toBe('unreachable');
    expect(status['kubernetes:manifests']).toBe('ok');
    expect(status['linux:dead']).toBe('unreachable');
    if (sshd) expect(status['linux:ssh']).not.toBe('unreachable');
    expect(report.results.filter((x) => x.targetId === 'linux:storage').length).toBeGreaterThan(10);
    expect(r.stderr).toMatch(/inline/i); // the inline password was warned about, by field, not by value

    const texts: Record<string, string> = { stdout: r.stdout, stderr: r.stderr, 'facts.json': readFileSync(facts, 'utf8') };
    for (const f of readdirSync(out)) texts[f] = readFileSync(join(out, f), 'utf8');
    expect(Object.keys(texts).sort()).toEqual(['facts.json', 'report.html', 'report.json', 'report.md', 'report.sarif', 'report.txt', 'report.xml', 'stderr', 'stdout'].sort());
    // the secrets were met and masked where they stood, not simply never collected
    expect(texts['facts.json']).toMatch(/"name": "AWS_SECRET_ACCESS_KEY",\s*"value": "\*\*\*\*"/);
    expect(texts['facts.json']).toContain('"discovery.sendtargets.auth.password": "set"');
    const hits = Object.entries(texts).flatMap(([where, text]) => PLANTED.filter((s) => text.includes(s)).map((s) => `${s} in ${where}`));
    expect(hits).toEqual([]);
  }, 180_000);
});
