import { describe, expect, it } from 'vitest';
import { collectStage, runScan } from '../../src/scan/pipeline.js';
import { loadSnapshot } from '../../src/engine/snapshot.js';
import type { Report } from '../../src/report/model.js';
import { fakeRegistry, fixture, fixturePack, goodFacts, linuxTarget } from './helpers.js';

const fixedClock = () => new Date('2026-03-01T12:00:00Z');

describe('collection', () => {
  it('keeps at most --concurrency targets in flight and collects them all', async () => {
    const fake = fakeRegistry(async () => {
      await new Promise((r) => setTimeout(r, 15));
      return goodFacts();
    });
    const targets = Array.from({ length: 12 }, (_, i) => linuxTarget(`h${String(i).padStart(2, '0')}`));
    const snap = await collectStage({ targets, registry: fake.registry, concurrency: 3, timeoutMs: 5000, version: 't' });
    expect(fake.maxInFlight()).toBe(3);
    expect(snap.targets.map((t) => t.status)).toEqual(Array(12).fill('ok'));
    expect(snap.targets.map((t) => t.target.id)).toEqual(targets.map((t) => t.id));
  });

  it('a target over its budget is unreachable with the reason; the others go on', async () => {
    let aborted = false;
    const fake = fakeRegistry(async (t, signal) => {
      if (t.name === 'slow') {
        await new Promise((r) => setTimeout(r, 2000));
        aborted = signal.aborted;
      }
      return goodFacts();
    });
    const t0 = Date.now();
    const snap = await collectStage({ targets: [linuxTarget('fast'), linuxTarget('slow')], registry: fake.registry, timeoutMs: 100, version: 't' });
    expect(Date.now() - t0).toBeLessThan(1500);
    const slow = snap.targets.find((t) => t.target.name === 'slow')!;
    expect(slow).toMatchObject({ status: 'unreachable', error: 'timed out after 0.1s', facts: {} });
    expect(snap.targets.find((t) => t.target.name === 'fast')!.status).toBe('ok');
    await new Promise((r) => setTimeout(r, 2000));
    expect(aborted).toBe(true);
  });

  it('a collector that throws makes its target unreachable, never a crash', async () => {
    const fake = fakeRegistry(async () => {
      throw new Error('connection refused');
    });
    const snap = await collectStage({ targets: [linuxTarget('a')], registry: fake.registry, version: 't' });
    expect(snap.targets[0]).toMatchObject({ status: 'unreachable', error: 'collector failed: connection refused' });
  });

  it('kinds without a collector and unsupported transports are unreachable with a clear reason', async () => {
    const fake = fakeRegistry(async () => goodFacts(), ['linux', 'kubernetes', 'windows']);
    const snap = await collectStage({
      targets: [
        { id: 'vsphere:vc', kind: 'vsphere', name: 'vc', options: {} },
        linuxTarget('remote', { options: { transport: 'ssh' } }),
        { id: 'windows:dc', kind: 'windows', name: 'dc', options: { transport: 'winrm' as never } },
      ],
      registry: fake.registry,
      version: 't',
    });
    const byId = Object.fromEntries(snap.targets.map((t) => [t.target.id, t]));
    expect(byId['vsphere:vc']).toMatchObject({ status: 'unreachable', error: 'no collector for kind vsphere in this version' });
    expect(byId['linux:remote']!.status).toBe('unreachable');
    expect(byId['linux:remote']!.error).toMatch(/SSH transport is not available/);
    expect(byId['windows:dc']!.error).toBe('the WinRM transport is not available for windows targets');
    expect(fake.seen).toEqual([]);
  });

  it('a collector that lists a transport in `transports` gets those targets', async () => {
    const collector = { kind: 'linux', transports: ['local', 'ssh'], collect: async () => goodFacts() };
    const snap = await collectStage({ targets: [linuxTarget('remote', { options: { transport: 'ssh' } })], registry: { linux: async () => collector }, version: 't' });
    expect(snap.targets[0]!.status).toBe('ok');
  });

  it('malformed facts from a collector become per-fact errors, and collected secrets are masked', async () => {
    const fake = fakeRegistry(async () => ({
      facts: { 'fixture.sshd': 'yes' as never, 'fixture.app': { ok: true, value: { password: 'hunter2-Sup3r-S3cret' } } },
      status: 'partial',
    }));
    const snap = await collectStage({ targets: [linuxTarget('a')], registry: fake.registry, version: 't' });
    expect(snap.targets[0]!.status).toBe('partial');
    expect(snap.targets[0]!.facts['fixture.sshd']).toEqual({ ok: false, reason: 'collector returned a malformed fact fixture.sshd' });
    expect(JSON.stringify(snap)).not.toContain('hunter2');
  });

  it('a partial target without an error says which facts are missing', async () => {
    const fake = fakeRegistry(async () => ({
      status: 'partial',
      facts: { 'b.fact': { ok: false, reason: 'permission denied' }, 'a.fact': { ok: false, reason: 'n/a', notApplicable: true }, 'c.fact': { ok: true, value: 1 } },
    }));
    const snap = await collectStage({ targets: [linuxTarget('a')], registry: fake.registry, version: 't' });
    expect(snap.targets[0]).toMatchObject({ status: 'partial', error: '1 fact not collected (b.fact: permission denied)' });
    expect(Object.keys(snap.targets[0]!.facts)).toEqual(['a.fact', 'b.fact', 'c.fact']);
  });

  it('shards split targets by a hash of their id and together cover every target once', async () => {
    const fake = fakeRegistry(async () => goodFacts());
    const targets = ['e', 'a', 'd', 'c', 'b'].map((n) => linuxTarget(n));
    const shards = await Promise.all(
      [1, 2].map((index) => collectStage({ targets, registry: fake.registry, shard: { index, count: 2 }, version: 't' })),
    );
    // the first 32 bits of SHA-256("linux:b"), "linux:d" and "linux:e" are even; of "linux:a" and "linux:c" odd
    expect(shards.map((s) => s.targets.map((t) => t.target.name))).toEqual([['b', 'd', 'e'], ['a', 'c']]);
  });
});

const blank = (r: Report): string =>
  JSON.stringify({ ...r, scan: { ...r.scan, id: 'X', startedAt: 'X', finishedAt: 'X', durationMs: 0 }, targets: r.targets.map((t) => ({ ...t, durationMs: 0 })) }, null, 2);

describe('runScan', () => {
  it('evaluates a snapshot: statuses, target errors become error results, unreachable exits 3', async () => {
    const catalogue = await fixturePack();
    const { report, exitCode } = await runScan({ targets: [], facts: loadSnapshot(fixture('facts', 'unreachable.json')), catalogue, version: 't', now: fixedClock });
    const web2 = report.results.filter((r) => r.targetId === 'linux:web-2');
    expect(web2.length).toBe(4);
    expect(web2.every((r) => r.status === 'error' && r.message === 'target unreachable: timed out after 60s')).toBe(true);
    expect(report.results.filter((r) => r.targetId === 'linux:db-1').map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(exitCode).toBe(3);
    expect(report.gate).toEqual({ passed: false, reasons: ['target linux:web-2 unreachable: timed out after 60s'] });
  });

  it('a partly collected target is reported with its reasons and lowers coverage; exit 0 unless --min-coverage asks', async () => {
    const catalogue = await fixturePack();
    const partial = async () => {
      const good = goodFacts();
      return { ...good, status: 'partial' as const, facts: { ...good.facts, 'fixture.firewall': { ok: false as const, reason: 'neither nft nor iptables is installed' } } };
    };
    const run = (minCoverage?: number) =>
      runScan({ targets: [linuxTarget('a')], registry: fakeRegistry(partial).registry, catalogue, version: 't', now: fixedClock, ...(minCoverage !== undefined ? { minCoverage } : {}) });
    const { report, exitCode } = await run();
    expect(exitCode).toBe(0);
    expect(report.gate).toEqual({ passed: true, reasons: [] });
    expect(report.targets[0]).toMatchObject({ status: 'partial', error: '1 fact not collected (fixture.firewall: neither nft nor iptables is installed)' });
    expect(report.results.filter((r) => r.status === 'error').map((r) => r.message)).toEqual(['neither nft nor iptables is installed']);
    expect(report.score.coverage).toBeLessThan(100);
    const strict = await run(100);
    expect(strict.exitCode).toBe(3);
    expect(strict.report.gate.reasons).toEqual([expect.stringMatching(/^coverage [\d.]+% is below --min-coverage 100$/)]);
  });

  it('--fail-on takes precedence over an incomplete scan (1 over 3)', async () => {
    const catalogue = await fixturePack();
    const facts = loadSnapshot(fixture('facts', 'unreachable.json'));
    const { exitCode, report } = await runScan({ targets: [], facts, catalogue, version: 't', failOn: 'low', minScore: 101 });
    // db-1 passes everything; web-2's errors are not failures: so only the score gate fires
    expect(report.gate.reasons[0]).toMatch(/^overall score 100 is below --min-score 101/);
    expect(exitCode).toBe(1);
  });

  it('is deterministic: the same input gives the same bytes once ids, times and durations are blanked', async () => {
    const catalogue = await fixturePack();
    const facts = loadSnapshot(fixture('facts', 'basic.json'));
    const a = await runScan({ targets: [], facts, catalogue, version: 't' });
    const b = await runScan({ targets: [], facts: { ...facts, targets: [...facts.targets].reverse() }, catalogue: [...catalogue].reverse(), version: 't' });
    expect(a.report.scan.id).not.toBe(b.report.scan.id);
    expect(blank(a.report)).toBe(blank(b.report));
  });

  it('selection: --only/--skip/--pillar, and an unknown literal id is a usage error before anything is collected', async () => {
    const catalogue = await fixturePack();
    const fake = fakeRegistry(async () => goodFacts());
    await expect(runScan({ targets: [linuxTarget('a')], registry: fake.registry, catalogue, only: ['fixture.nope'], version: 't' })).rejects.toThrow('unknown check id fixture.nope');
    expect(fake.seen).toEqual([]);
    const { report } = await runScan({ targets: [linuxTarget('a')], registry: fake.registry, catalogue, only: ['fixture.*'], skip: ['fixture.audit.*'], pillars: ['identity', 'networks'], version: 't' });
    expect(report.checks.map((c) => c.id)).toEqual(['fixture.fw.enabled', 'fixture.ssh.root-login']);
    expect(report.results.map((r) => [r.checkId, r.status])).toEqual([
      ['fixture.fw.enabled', 'pass'],
      ['fixture.ssh.root-login', 'pass'],
    ]);
  });

  it('exceptions: an unexpired one excepts the failure and the gate ignores it; an expired one is reported', async () => {
    const catalogue = await fixturePack();
    const facts = loadSnapshot(fixture('facts', 'basic.json'));
    const { report, exitCode, warnings } = await runScan({
      targets: [],
      facts,
      catalogue,
      version: 't',
      now: fixedClock,
      failOn: 'medium',
      exceptions: [
        { check: 'fixture.ssh.*', target: 'linux:web-*', reason: 'break-glass host', expires: '2026-03-01' },
        { check: 'fixture.audit.rules', reason: 'old waiver', expires: '2026-02-28' },
      ],
    });
    const ssh = report.results.find((r) => r.checkId === 'fixture.ssh.root-login' && r.targetId === 'linux:web-1')!;
    expect(ssh.exception).toEqual({ reason: 'break-glass host', expires: '2026-03-01', pattern: 'fixture.ssh.* linux:web-* *' });
    expect(report.results.find((r) => r.checkId === 'fixture.audit.rules' && r.targetId === 'linux:web-1')!.exception).toBeUndefined();
    expect(report.expiredExceptions).toEqual([{ check: 'fixture.audit.rules', reason: 'old waiver', expires: '2026-02-28' }]);
    expect(warnings).toEqual(['exception for fixture.audit.rules expired on 2026-02-28; it no longer applies']);
    expect(report.summary.excepted).toBe(1);
    expect(report.gate.reasons).toEqual(['1 medium finding at or above --fail-on medium']);
    expect(exitCode).toBe(1);
  });

  it('baseline: unchanged failures do not trip the gate, new ones do, fixed ones count as absent', async () => {
    const catalogue = await fixturePack();
    const facts = loadSnapshot(fixture('facts', 'basic.json'));
    const first = await runScan({ targets: [], facts, catalogue, version: 't' });
    const baseline = first.report.results.map((r) => ({ fingerprint: r.fingerprint, status: r.status }));
    const same = await runScan({ targets: [], facts, catalogue, version: 't', baseline, failOn: 'low' });
    expect(same.report.results.every((r) => r.baselineState === 'unchanged')).toBe(true);
    expect(same.exitCode).toBe(0);
    // web-1 fixes root login but db-1 regresses on it
    const changed = structuredClone(facts);
    changed.targets.find((t) => t.target.id === 'linux:web-1')!.facts['fixture.sshd'] = { ok: true, value: { permitrootlogin: 'no' } };
    changed.targets.find((t) => t.target.id === 'linux:db-1')!.facts['fixture.sshd'] = { ok: true, value: { permitrootlogin: 'yes' } };
    const next = await runScan({ targets: [], facts: changed, catalogue, version: 't', baseline, failOn: 'high' });
    const state = (target: string) => next.report.results.find((r) => r.checkId === 'fixture.ssh.root-login' && r.targetId === target)!.baselineState;
    expect([state('linux:web-1'), state('linux:db-1')]).toEqual(['new', 'new']);
    expect(next.report.summary.absent).toBe(1);
    expect(next.report.gate.reasons).toEqual(['1 new high finding at or above --fail-on high']);
    expect(next.exitCode).toBe(1);
  });

  it('--min-score with no evidence fails the gate with "no evidence"', async () => {
    const catalogue = await fixturePack();
    const { report, exitCode } = await runScan({ targets: [], facts: { ...loadSnapshot(fixture('facts', 'basic.json')), targets: [] }, catalogue, version: 't', minScore: 10 });
    expect(report.gate.reasons).toEqual(['no overall score (no evidence) for --min-score 10']);
    expect(exitCode).toBe(1);
  });

  it('--min-coverage below the assessed coverage exits 3', async () => {
    const catalogue = await fixturePack();
    const { report, exitCode } = await runScan({ targets: [], facts: loadSnapshot(fixture('facts', 'basic.json')), catalogue, version: 't', minCoverage: 99 });
    expect(report.score.coverage).toBeLessThan(99);
    expect(report.gate.reasons[0]).toMatch(/^coverage [\d.]+% is below --min-coverage 99$/);
    expect(exitCode).toBe(3);
  });

  it('masks planted secrets in results and in the snapshot', async () => {
    const catalogue = await fixturePack();
    const { report, snapshot } = await runScan({ targets: [], facts: loadSnapshot(fixture('facts', 'basic.json')), catalogue, version: 't' });
    const text = JSON.stringify(report) + JSON.stringify(snapshot);
    for (const secret of ['AKIAIOSFODNN7EXAMPLE', 'hunter2-Sup3r-S3cret', 'Zq8#corr3ct-h0rse']) expect(text).not.toContain(secret);
    const app = report.results.find((r) => r.checkId === 'fixture.app.token-present' && r.targetId === 'linux:web-1')!;
    expect(app.evidence).toBe('expected apiToken exists and password exists and mode eq strict; found apiToken=****; password=****; mode=lax');
  });
});
