// The ztaudit command lines a deployment or CI file runs, and whether each is a valid invocation:
// a known command, known flags, a value where a flag takes one, and values the CLI's own parsers
// accept (formats, --fail-on, --shard) where the value is literal.
import type { Command, Option } from 'commander';
import { buildProgram } from '../../src/cli/main.js';
import { addTargetOptions } from '../../src/cli/target-options.js';
import { SEVERITIES } from '../../src/engine/types.js';
import { parseShard } from '../../src/inventory/targets.js';
import { parseFormats } from '../../src/report/index.js';

/** Split one shell line into words (quotes removed; `$VAR` and `$(...)` kept as written). */
function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

const STOP = new Set([';', '&&', '||', '|', '>', '>>', '2>&1', '#']);

/** Every `ztaudit ...` command in a script (line continuations joined), as its argv after "ztaudit". */
export function ztauditInvocations(script: string): string[][] {
  const found: string[][] = [];
  for (const line of script.replace(/\\\n/g, ' ').split('\n')) {
    const w = words(line.trim());
    for (let i = 0; i < w.length; i++) {
      if (w[i] !== 'ztaudit' || (i > 0 && !['/usr/bin/env', ';', '&&', '||', 'then', 'do', 'ztaudit', 'exec'].includes(w[i - 1]!))) continue;
      const argv: string[] = [];
      for (let j = i + 1; j < w.length && !STOP.has(w[j]!) && !w[j]!.startsWith('#'); j++) argv.push(w[j]!);
      found.push(argv);
      break;
    }
  }
  return found;
}

const literal = (v: string): boolean => !v.includes('$');

/** What is wrong with one invocation (empty when it is valid). */
export function invocationProblems(argv: readonly string[]): string[] {
  let cmd: Command = buildProgram(addTargetOptions);
  let i = 0;
  // descend into (sub)commands: `scan`, `checks list`...
  while (i < argv.length && !argv[i]!.startsWith('-')) {
    const sub = cmd.commands.find((c) => c.name() === argv[i]);
    if (!sub) break;
    cmd = sub;
    i++;
  }
  if (cmd.name() === 'ztaudit') return [`unknown command ${argv[0] ?? '(none)'}`];
  const problems: string[] = [];
  const options: readonly Option[] = cmd.options;
  for (; i < argv.length; i++) {
    const tok = argv[i]!;
    if (!tok.startsWith('-') || tok === '-') continue;
    const [flag, inline] = tok.includes('=') ? [tok.slice(0, tok.indexOf('=')), tok.slice(tok.indexOf('=') + 1)] : [tok, undefined];
    const opt = options.find((o) => o.long === flag || o.short === flag);
    if (!opt) {
      problems.push(`${cmd.name()}: unknown flag ${flag}`);
      continue;
    }
    let value = inline;
    if (value === undefined && (opt.required || (opt.optional && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')))) value = argv[++i];
    if (opt.required && value === undefined) problems.push(`${cmd.name()}: ${flag} needs a value`);
    if (value === undefined || !literal(value)) continue;
    try {
      if (opt.long === '--format') parseFormats(value.split(','));
      if (opt.long === '--shard') parseShard(value);
      if (opt.long === '--fail-on' && !(SEVERITIES as readonly string[]).includes(value)) problems.push(`bad --fail-on ${value}`);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return problems;
}
