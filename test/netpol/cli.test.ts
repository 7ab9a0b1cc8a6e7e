// End to end through the built binary (npm test builds dist/ before vitest runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CASES = path.resolve(ROOT, 'fixtures/netpol-oracle/cases');
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/ztaudit.js'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('ztaudit netpol connlist', () => {
  it('prints the same bytes as netpol-analyzer for an oracle case', () => {
    const r = run('netpol', 'connlist', path.join(CASES, 'onlineboutique_workloads/input'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(CASES, 'onlineboutique_workloads/expected.txt'), 'utf8'));
  });

  it('-f json prints [{src, dst, conn}] and -o writes a file', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ztaudit-netpol-')), 'c.json');
    const r = run('netpol', 'connlist', '-f', 'json', '-o', out, path.join(CASES, 'netpol_named_port_test_2/input'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toContainEqual({ src: 'helloworld/pod-a[Deployment]', dst: 'helloworld/new-pod[Deployment]', conn: 'SCTP 8956,9090' });
  });

  it('a reader that closes the pipe early (connlist | head -1) is no crash: exit 0, no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztaudit-netpol-pipe-'));
    const docs = Array.from({ length: 200 }, (_, i) => `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}, namespace: ns${i % 4}}\nspec:\n  template:\n    metadata: {labels: {app: d${i}}}\n    spec: {containers: [{name: c, image: x}]}\n`);
    writeFileSync(path.join(dir, 'many.yaml'), docs.join(''));
    // 40,000 lines: far more than a pipe buffer holds
    const script = `set -o pipefail; "${process.execPath}" "${path.join(ROOT, 'bin/ztaudit.js')}" netpol connlist "${dir}" | head -1`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0.0.0.0-255.255.255.255[External] => ns0/d0[Deployment] : All Connections\n');
    expect(r.status).toBe(0);
  });

  it('a missing path is exit 2 with one line', () => {
    const r = run('netpol', 'connlist', '/no/such/dir');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ztaudit: cannot read /no/such/dir: no such file or directory\n');
  });

  it('malformed policies: one stderr line each naming file and object; the rest is analysed; exit 0', () => {
    const r = run('netpol', 'connlist', 'fixtures/netpol/malformed');
    expect(r.status).toBe(0);
    const errs = r.stderr.split('\n').filter(Boolean);
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/^ztaudit: error: fixtures\/netpol\/malformed\/policies\.yaml:17: NetworkPolicy shop\/bad-operator: .*invalid operator "Equals"/);
    expect(errs[1]).toMatch(/policies\.yaml:24: NetworkPolicy shop\/bad-port: .*70000 is out of range/);
    expect(errs[2]).toMatch(/policies\.yaml:31: NetworkPolicy shop\/bad-cidr: .*invalid CIDR "10\.0\.0\.300\/8"/);
    expect(r.stdout).toContain('shop/web[Deployment] => shop/api[Deployment] : TCP 8080\n');
    expect(r.stdout).not.toContain('shop/api[Deployment] => shop/web[Deployment] : TCP 8080');
  });

  it('exit 2 when nothing could be analysed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztaudit-netpol-'));
    writeFileSync(path.join(dir, 'bad.yaml'), 'kind: NetworkPolicy\nmetadata: {name: p}\nspec: {podSelector: [oops\n');
    const r = run('netpol', 'connlist', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/YAML syntax error[\s\S]*nothing could be analysed/);
  });

  it('manifest paths and live-cluster flags together are a usage error', () => {
    const r = run('netpol', 'connlist', '--kubeconfig', '/tmp/none', 'fixtures/netpol/blast');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ztaudit: netpol: give manifest paths or --kube/--kubeconfig/--context, not both\n');
  });

  it('--group-by top-owner names pods by their Deployment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztaudit-netpol-'));
    writeFileSync(
      path.join(dir, 'dump.yaml'),
      [
        'kind: ReplicaSet\nmetadata: {name: web-5d4, namespace: x, ownerReferences: [{kind: Deployment, name: web, controller: true}]}',
        'kind: Pod\nmetadata: {name: web-5d4-a, namespace: x, labels: {app: web}, ownerReferences: [{kind: ReplicaSet, name: web-5d4, controller: true}]}',
        'kind: Pod\nmetadata: {name: debug, namespace: x}',
      ].join('\n---\n'),
    );
    expect(run('netpol', 'connlist', dir).stdout).toContain('x/debug[Pod] => x/web-5d4[ReplicaSet] : All Connections\n');
    expect(run('netpol', 'connlist', '--group-by', 'top-owner', dir).stdout).toContain('x/debug[Pod] => x/web[Deployment] : All Connections\n');
  });

  it('an unknown format is a usage error', () => {
    const r = run('netpol', 'connlist', '-f', 'xml', 'fixtures/netpol/malformed');
    expect(r.status).toBe(2);
  });
});

describe('ztaudit netpol blast-radius', () => {
  it('ranks workloads and flags cross-namespace datastores (json)', () => {
    const r = run('netpol', 'blast-radius', '-f', 'json', 'fixtures/netpol/blast');
    expect(r.status).toBe(0);
    const entries = JSON.parse(r.stdout) as { rank: number; workload: string; crossNamespaceDatastores: { dst: string; ports: number[] }[] }[];
    expect(entries[0]).toMatchObject({ rank: 1, workload: 'shop/frontend[Deployment]', crossNamespaceDatastores: [{ dst: 'data/postgres[StatefulSet]', ports: [5432] }] });
    expect(entries.find((e) => e.workload === 'shop/batch[Deployment]')!.crossNamespaceDatastores).toEqual([]);
  });

  it('prints a table (--top limits the rows)', () => {
    expect(run('netpol', 'blast-radius', '--top', '1', 'fixtures/netpol/blast').stdout.split('\n').filter(Boolean)).toHaveLength(2);
    const r = run('netpol', 'blast-radius', 'fixtures/netpol/blast');
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter(Boolean);
    expect(rows[0]).toMatch(/^RANK\s+WORKLOAD\s+WORKLOADS\s+NAMESPACES\s+CROSS-NS\s+EXTERNAL\s+CROSS-NS DATASTORES$/);
    expect(rows[1]).toMatch(/^1\s+shop\/frontend\[Deployment\].*data\/postgres\[StatefulSet\]:5432$/);
  });
});
