// Runs Microsoft's SARIF multitool (the validator GitHub's rules come from) on a file.
// It exits 0 even when it finds errors, so the errors are counted from its output.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');
export const MULTITOOL = join(repoRoot, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

/** npm may skip the package's postinstall, leaving the binary without its exec bit. */
export function ensureMultitool(): void {
  if (!existsSync(MULTITOOL)) throw new Error(`SARIF multitool not installed at ${MULTITOOL}`);
  chmodSync(MULTITOOL, 0o755);
}

export interface MultitoolVerdict {
  stdout: string;
  errorLines: string[];
  errorResults: { ruleId: string; text: string }[];
}

export function validateSarifFile(file: string, outFile: string, home: string): MultitoolVerdict {
  const stdout = execFileSync(MULTITOOL, ['validate', '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif', '--output', outFile, file], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', HOME: home, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 120_000,
  });
  const out = JSON.parse(readFileSync(outFile, 'utf8')) as {
    runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[] }[];
  };
  const errorResults = out.runs
    .flatMap((r) => r.results ?? [])
    .filter((r) => r.level === 'error')
    .map((r) => ({ ruleId: r.ruleId, text: r.message.text ?? `${r.message.id ?? ''} ${(r.message.arguments ?? []).join(' ')}` }));
  return { stdout, errorLines: stdout.split('\n').filter((l) => l.includes('): error')), errorResults };
}
