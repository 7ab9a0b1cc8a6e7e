import { describe, expect, it } from 'vitest';
import { table } from './text-writers.js';
import { unassessedTargets } from '../../src/report/unassessed.js';
import { fixtureReport, fixtureResults, fixtureTargets, result } from './fixture-report.js';

describe('unassessed targets in the table', () => {
  it('an unreachable target is one line with its reason, not one error row per check', () => {
    const text = table(fixtureReport(), { color: false });
    expect(text).toContain('linux:db1 unreachable: connect ECONNREFUSED');
    expect(text).not.toContain('target unreachable: connect ECONNREFUSED');
    expect(text.split('\n').filter((l) => l.includes('linux:db1'))).toHaveLength(1);
    // the count of checks it could not assess stays in the summary
    expect(text).toMatch(/could not assess 4/);
    // an error on a reachable target is still a row
    expect(text).toContain('findmnt: permission denied');
  });

  it('a partial target is one line: how many facts, why, and which checks were not assessed', () => {
    const targets = [...fixtureTargets.slice(0, 2), { ...fixtureTargets[1]!, id: 'linux:fw', name: 'fw', status: 'partial' as const, error: '1 fact not collected (linux.firewall: neither nft nor iptables is installed)' }];
    const results = [
      ...fixtureResults(),
      result('linux.fs.tmp-noexec', 'linux:fw', 'error', { message: 'neither nft nor iptables is installed' }),
      result('linux.ssh.permit-root-login', 'linux:fw', 'fail', { message: 'PermitRootLogin is yes' }),
    ];
    const report = fixtureReport({ targets, results });
    const [line] = unassessedTargets(report).map((u) => u.line);
    expect(line).toBe('linux:fw partial: 1 fact not collected: linux.firewall: neither nft nor iptables is installed; not assessed: linux.fs.tmp-noexec');
    const text = table(report, { color: false, width: 200 });
    expect(text).toContain(line);
    // its failures are still listed; only its could-not-assess rows are folded into the line
    expect(text).toContain('PermitRootLogin is yes');
    expect(text.split('\n').filter((l) => l.includes('neither nft'))).toHaveLength(1);
  });
});
