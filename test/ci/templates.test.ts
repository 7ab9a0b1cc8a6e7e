// ci/: the GitHub Actions and GitLab CI templates parse, run valid ztaudit invocations (every
// flag exists, formats and --fail-on are accepted), upload SARIF with one category per target
// kind, gate on --fail-on high, and keep the JUnit and JSON reports where the CI looks for them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FILE_NAMES } from '../../src/report/index.js';
import { repoRoot } from '../cli/helpers.js';
import { invocationProblems, ztauditInvocations } from '../helpers/invocations.js';

const load = (name: string): unknown => parse(readFileSync(resolve(repoRoot, 'ci', name), 'utf8'));
const flagValue = (argv: readonly string[], flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number>;
}
interface GithubWorkflow {
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; strategy: { matrix: { include: Record<string, string>[] } }; steps: Step[] }>;
}

describe('ci/github-actions.yml', () => {
  const wf = load('github-actions.yml') as GithubWorkflow;
  const job = wf.jobs['audit']!;
  const matrix = job.strategy.matrix.include;
  /** a step's text with ${{ matrix.X }} filled in from one matrix entry */
  const expand = (text: string, entry: Record<string, string>): string => text.replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, k: string) => entry[k] ?? `<no matrix.${k}>`);

  it('runs a valid ztaudit scan per target kind that writes SARIF and gates on --fail-on high', () => {
    expect(matrix.map((m) => m['kind'])).toEqual(['kubernetes', 'linux']);
    const scripts = job.steps.filter((s) => s.run).map((s) => s.run!);
    for (const entry of matrix) {
      const calls = scripts.flatMap((s) => ztauditInvocations(expand(s, entry)));
      expect(calls).toHaveLength(1);
      const argv = calls[0]!;
      expect(argv[0]).toBe('scan');
      expect(invocationProblems(argv)).toEqual([]);
      expect(flagValue(argv, '--fail-on')).toBe('high');
      expect(flagValue(argv, '--format')!.split(',')).toContain('sarif');
      // the SARIF the upload step reads is the file scan writes into its -o folder
      const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
      expect(upload.with!['sarif_file']).toBe(`${flagValue(argv, '--output')}${FILE_NAMES.sarif}`);
      // one target kind per job: its targets are that kind's flags
      expect(argv).toContain(entry['kind'] === 'kubernetes' ? '--manifests' : '--root');
    }
  });

  it('uploads to code scanning with a category per target kind, the one ztaudit writes in the SARIF', () => {
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toBe('always()');
    for (const entry of matrix) expect(expand(String(upload.with!['category']), entry)).toBe(`ztaudit/${entry['kind']}/`);
    expect(job.permissions['security-events']).toBe('write');
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it('fails the job on the scan exit code only after the upload', () => {
    const names = job.steps.map((s) => s.id ?? s.uses ?? s.run?.split('\n')[0]);
    const audit = job.steps.findIndex((s) => s.id === 'audit');
    const upload = job.steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    const gate = job.steps.findIndex((s) => s.if === "steps.audit.outputs.exit != '0'");
    expect(audit, names.join(', ')).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(audit);
    expect(gate).toBeGreaterThan(upload);
    expect(job.steps[audit]!.run).toContain('echo "exit=$?" >> "$GITHUB_OUTPUT"');
  });
});

describe('ci/gitlab-ci.yml', () => {
  const ci = load('gitlab-ci.yml') as Record<string, { script: string[]; artifacts: { when: string; paths: string[]; reports: { junit: string } } }>;
  const job = ci['ztaudit']!;

  it('runs a valid ztaudit scan that writes JUnit and JSON and gates on --fail-on high', () => {
    const calls = job.script.flatMap((s) => ztauditInvocations(s));
    expect(calls).toHaveLength(1);
    const argv = calls[0]!;
    expect(invocationProblems(argv)).toEqual([]);
    expect(flagValue(argv, '--fail-on')).toBe('high');
    expect(flagValue(argv, '--format')!.split(',')).toEqual(expect.arrayContaining(['junit', 'json']));
    const out = flagValue(argv, '--output')!;
    expect(job.artifacts.reports.junit).toBe(`${out}${FILE_NAMES.junit}`);
    expect(job.artifacts.paths).toContain(out);
    expect(job.artifacts.when).toBe('always');
  });
});

describe('invocationProblems', () => {
  it('finds unknown commands and flags, missing values and values the CLI refuses', () => {
    expect(invocationProblems(['scan', '--manifests', 'k8s', '--fail-on', 'high'])).toEqual([]);
    expect(invocationProblems(['scan', '--history', '--quiet'])).toEqual([]);
    expect(invocationProblems(['scna'])).toEqual(['unknown command scna']);
    expect(invocationProblems(['scan', '--fial-on', 'high'])).toEqual(['scan: unknown flag --fial-on']);
    expect(invocationProblems(['scan', '--fail-on', 'severe'])).toEqual(['bad --fail-on severe']);
    expect(invocationProblems(['scan', '-f', 'sarif,pdf'])[0]).toMatch(/unknown format pdf/);
    expect(invocationProblems(['scan', '--shard', '0/3'])[0]).toMatch(/bad --shard "0\/3"/);
    expect(invocationProblems(['merge', 'a.json', '--output'])).toEqual(['merge: --output needs a value']);
  });
});
