// deploy/: the Kubernetes manifests pass ztaudit's own Kubernetes audit (no high or critical
// finding), the ServiceAccount holds exactly the rights the built-in checks use, the shard script
// turns the 0-based completion index into a 1-based --shard and its last shard merges into the
// unsharded result, and every ztaudit command line in deploy/ is a valid invocation.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/registry.js';
import { openHistory } from '../../src/history/open.js';
import { wantedFacts } from '../../src/providers/registry.js';
import { loadManifests } from '../../src/providers/kubernetes/manifests.js';
import { typesFor } from '../../src/providers/kubernetes/live.js';
import type { Report } from '../../src/report/model.js';
import { fx, repoRoot, ztaudit } from '../cli/helpers.js';
import { invocationProblems, ztauditInvocations } from '../helpers/invocations.js';

const deploy = (...p: string[]): string => resolve(repoRoot, 'deploy', ...p);
const tmp = mkdtempSync(join(tmpdir(), 'ztaudit-deploy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Obj = { kind: string; metadata: { name: string }; spec?: Record<string, unknown>; data?: Record<string, string>; rules?: { apiGroups: string[]; resources: string[]; verbs: string[] }[] };
const objects = (file: string): Obj[] => parseAllDocuments(readFileSync(deploy('kubernetes', file), 'utf8')).map((d) => d.toJS() as Obj);

describe('deploy/kubernetes', () => {
  it('loads with the project manifest loader without a diagnostic', async () => {
    const { objects: loaded, diagnostics } = await loadManifests([deploy('kubernetes')]);
    expect(diagnostics).toEqual([]);
    expect(loaded.map((o) => o.kind).sort()).toEqual(
      ['ClusterRole', 'ClusterRoleBinding', 'ConfigMap', 'CronJob', 'Job', 'Namespace', 'NetworkPolicy', 'NetworkPolicy', 'PersistentVolumeClaim', 'ServiceAccount'].sort(),
    );
  });

  it("passes ztaudit's own Kubernetes audit: no high or critical finding, nothing left unassessed", () => {
    const r = ztaudit(['scan', '--manifests', deploy('kubernetes'), '-f', 'json', '--fail-on', 'high']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.summary.failing).toMatchObject({ critical: 0, high: 0 });
    expect(report.results.filter((x) => x.status === 'error')).toEqual([]);
    // the two findings left are low: the example image reference is not pinned by digest
    expect(report.results.filter((x) => x.status === 'fail').map((x) => `${x.severity} ${x.checkId}`)).toEqual(['low k8s.workload.image-digest', 'low k8s.workload.image-digest']);
  });

  it('grants list, and only list, on exactly the resource types the built-in checks read', async () => {
    const wanted = wantedFacts(await loadCatalogue([])).get('kubernetes');
    const needed = typesFor(wanted).map((t) => `${t.group}/${t.plural}`);
    const role = objects('rbac.yaml').find((o) => o.kind === 'ClusterRole')!;
    const granted = role.rules!.flatMap((r) => {
      expect(r.verbs).toEqual(['list']);
      return r.apiGroups.flatMap((g) => r.resources.map((res) => `${g}/${res}`));
    });
    expect([...granted].sort()).toEqual([...needed].sort());
    expect(granted).not.toContain('/secrets');
    expect(granted.some((g) => g.includes('*'))).toBe(false);
  });

  it('the CronJob runs the same pod as the Indexed Job, with completions = parallelism = SHARDS', () => {
    const job = objects('job.yaml')[0]!;
    const cron = objects('cronjob.yaml')[0]!;
    const jobSpec = job.spec as { completionMode: string; completions: number; parallelism: number; template: { spec: { containers: { env: { name: string; value?: string }[] }[] } } };
    const cronSpec = (cron.spec as { jobTemplate: { spec: typeof jobSpec } }).jobTemplate.spec;
    expect(jobSpec.completionMode).toBe('Indexed');
    const shards = Number(jobSpec.template.spec.containers[0]!.env.find((e) => e.name === 'SHARDS')!.value);
    expect(jobSpec.completions).toBe(shards);
    expect(jobSpec.parallelism).toBe(shards);
    expect(cronSpec).toEqual(jobSpec);
  });
});

/** Run the ConfigMap's shard script as pod INDEX would, with its paths moved into a temp folder. */
function runShard(script: string, index: number, shards: number, bin: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('sh', [script], { env: { ...process.env, PATH: `${bin}:${process.env['PATH']}`, SHARDS: String(shards), JOB_COMPLETION_INDEX: String(index), JOB_NAME: 'ztaudit-nightly-29001', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('the shard script (run-script.yaml)', () => {
  it('four pods, two at a time: shards 1/4..4/4, merged by the last into the unsharded result, recorded once', async () => {
    const root = join(tmp, 'pod');
    const etc = join(root, 'etc');
    const reports = join(root, 'reports');
    mkdirSync(join(etc, 'inventory'), { recursive: true });
    mkdirSync(reports, { recursive: true });
    const configMap = objects('run-script.yaml')[0]!;
    const script = join(root, 'shard.sh');
    writeFileSync(script, configMap.data!['shard.sh']!.replaceAll('/etc/ztaudit', etc).replaceAll('/reports', reports));
    // the inventory secret holds the shard test's fleet; `--kube` has no cluster here, so the
    // ztaudit on PATH is the real one without it (and logs what it was asked)
    writeFileSync(join(etc, 'inventory', 'inventory.yaml'), readFileSync(fx('inventory', 'shards.yaml'), 'utf8').replaceAll('../', `${fx('.')}/`));
    const bin = join(root, 'bin');
    mkdirSync(bin);
    const log = join(root, 'argv.log');
    writeFileSync(
      join(bin, 'ztaudit'),
      `#!${process.execPath}
const { appendFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const argv = process.argv.slice(2);
appendFileSync(${JSON.stringify(log)}, JSON.stringify(argv) + '\\n');
const r = spawnSync(process.execPath, [${JSON.stringify(resolve(repoRoot, 'bin/ztaudit.js'))}, ...argv.filter((a) => a !== '--kube')], { stdio: 'inherit' });
process.exit(r.status ?? 2);
`,
    );
    chmodSync(join(bin, 'ztaudit'), 0o755);

    for (const pair of [[0, 1], [2, 3]]) {
      const runs = await Promise.all(pair.map((i) => runShard(script, i, 4, bin)));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
    }
    const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
    const shardsAsked = calls.filter((c) => c[0] === 'scan').map((c) => c[c.indexOf('--shard') + 1]).sort();
    expect(shardsAsked).toEqual(['1/4', '2/4', '3/4', '4/4']);
    for (const c of calls) expect(invocationProblems(c)).toEqual([]);
    const merges = calls.filter((c) => c[0] === 'merge');
    expect(merges.length).toBeGreaterThanOrEqual(1);
    expect(merges[0]!.slice(-4)).toEqual(['--output', join(reports, 'runs/ztaudit-nightly-29001/merged.json'), '--history', join(reports, 'history.db')]);

    const merged = JSON.parse(readFileSync(join(reports, 'runs/ztaudit-nightly-29001/merged.json'), 'utf8')) as Report;
    const whole = JSON.parse(ztaudit(['scan', '-i', join(etc, 'inventory', 'inventory.yaml'), '-f', 'json']).stdout) as Report;
    expect(merged.results).toEqual(whole.results);
    expect(merged.score).toEqual(whole.score);
    const store = await openHistory({ kind: 'sqlite', path: join(reports, 'history.db') });
    expect((await store.scans()).map((s) => s.id)).toEqual([merged.scan.id]);
    await store.close();
  }, 60_000);
});

describe('single-machine schedules and the container', () => {
  it('the cron line and the systemd service run valid ztaudit invocations with a history', () => {
    const cron = ztauditInvocations(readFileSync(deploy('cron', 'ztaudit'), 'utf8').split('\n').filter((l) => !l.startsWith('#')).map((l) => l.replace(/^(\S+\s+){6}/, '')).join('\n'));
    const unit = ztauditInvocations(readFileSync(deploy('systemd', 'ztaudit-scan.service'), 'utf8').split('\n').filter((l) => l.startsWith('ExecStart=')).map((l) => l.slice('ExecStart='.length)).join('\n'));
    expect(cron).toHaveLength(1);
    expect(unit).toHaveLength(1);
    for (const argv of [...cron, ...unit]) {
      expect(invocationProblems(argv)).toEqual([]);
      expect(argv).toContain('--history');
    }
    const timer = readFileSync(deploy('systemd', 'ztaudit-scan.timer'), 'utf8');
    expect(timer).toMatch(/^OnCalendar=\*-\*-\* 02:30:00$/m);
  });

  it('the Containerfile runs as an unprivileged user with ztaudit as its entry point', () => {
    const file = readFileSync(deploy('Containerfile'), 'utf8');
    expect(file).toMatch(/^USER 10001:10001$/m);
    expect(file).toMatch(/^ENTRYPOINT \["ztaudit"\]$/m);
    expect(file).toContain('npm ci --ignore-scripts');
    // the pods run it as that same user
    const pod = (parse(readFileSync(deploy('kubernetes', 'job.yaml'), 'utf8')) as { spec: { template: { spec: { securityContext: { runAsUser: number } } } } }).spec.template.spec;
    expect(pod.securityContext.runAsUser).toBe(10001);
  });
});
