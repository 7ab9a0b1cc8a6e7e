// Windows hosts: one exec of powershell.exe through the target's transport (Windows OpenSSH or
// WinRM), the whole read-only script on stdin, one JSON document back (script.ts, parse.ts).
// The command line is a fixed argv: a short bootstrap, UTF-16LE base64 as -EncodedCommand wants,
// that reads the script from stdin and runs it. Base64 needs no quoting, so the same argv reaches
// cmd.exe (Windows OpenSSH's default shell) and WinRM's Command unchanged.
import type { ExecResult } from '../../transports/types.js';
import type { ApiCollected, ApiProvider } from '../types.js';
import { WINDOWS_FACTS } from '../../kit/windows/facts.js';
import { allFacts, extractDocument, parseWindowsDocument } from './parse.js';
import { WINDOWS_SCRIPT } from './script.js';

/** Reads the pipeline input (stdin, as Ansible's Windows bootstrap does) and runs it as a script block. */
export const BOOTSTRAP = "$ErrorActionPreference = 'Stop'; $ztScript = $input | Out-String; & ([scriptblock]::Create($ztScript))";

export const encodeCommand = (ps: string): string => Buffer.from(ps, 'utf16le').toString('base64');

export const POWERSHELL_ARGV: readonly string[] = ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodeCommand(BOOTSTRAP)];

/** The document is a few hundred KiB at most (hotfix lists); more is not this script's output. */
export const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

const firstLine = (s: string): string => s.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#< CLIXML')) ?? '';

/** One run's result to facts: the document when there is one, else every fact with the reason, and the target unreachable. */
export function collectedFromRun(r: ExecResult): ApiCollected {
  const found = extractDocument(r.stdout);
  if ('doc' in found && !r.error) {
    const facts = parseWindowsDocument(found.doc);
    const gaps = Object.values(facts).filter((f) => !f.ok && !f.notApplicable).length;
    if (gaps === Object.keys(facts).length) {
      const reason = Object.values(facts).map((f) => (f.ok ? '' : f.reason))[0] ?? 'no fact collected';
      return { facts, status: 'unreachable', error: reason };
    }
    return { facts, status: gaps ? 'partial' : 'ok' };
  }
  const stderr = firstLine(r.stderr);
  const reason = r.error
    ? `powershell.exe: ${r.error}${stderr ? `: ${stderr}` : ''}`
    : r.code !== 0
      ? `powershell.exe exited ${r.code ?? 'without a status'}${stderr ? `: ${stderr}` : ''}`
      : 'reason' in found
        ? found.reason
        : 'no output';
  return { facts: allFacts(reason), status: 'unreachable', error: reason };
}

export const WINDOWS_HOST_PROVIDER: ApiProvider = {
  type: 'api',
  id: 'windows.host',
  kinds: ['windows'],
  facet: 'host',
  facts: WINDOWS_FACTS,
  async collect(_target, transport, ctx) {
    if (!transport) return { facts: allFacts('no transport to run PowerShell on'), status: 'unreachable', error: 'no transport to run PowerShell on' };
    ctx.log(`running the Windows facts script (${WINDOWS_SCRIPT.length} characters) through ${transport.name}`);
    const r = await transport.exec({ argv: POWERSHELL_ARGV, stdin: WINDOWS_SCRIPT, timeoutMs: ctx.timeoutMs, signal: ctx.signal, maxOutputBytes: MAX_OUTPUT_BYTES });
    return collectedFromRun(r);
  },
};
