// An argv as one Windows command line, quoted the way CommandLineToArgvW and the C runtime split
// it back (backslashes doubled only before a quote). The shell starts the program directly (no
// cmd.exe: WINRS_SKIP_CMD_SHELL), so these are the only rules that apply.

/** Characters no argument may carry: they would end or split the command line itself. */
const FORBIDDEN = /[\0\r\n]/;

export function windowsArg(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  let out = '"';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes++;
      continue;
    }
    out += ch === '"' ? '\\'.repeat(backslashes * 2 + 1) + '"' : '\\'.repeat(backslashes) + ch;
    backslashes = 0;
  }
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
}

/** The program name is not split by the backslash rules: it may be quoted but never hold a quote. */
export function windowsCommandLine(argv: readonly string[]): string {
  if (argv.length === 0) throw new RangeError('no program to run');
  if (argv.some((a) => FORBIDDEN.test(a))) throw new RangeError('an argument holds a line break or NUL, which a Windows command line cannot carry');
  const [program, ...args] = argv as [string, ...string[]];
  if (program === '' || program.includes('"')) throw new RangeError('the program name is empty or holds a quote');
  return [/\s/.test(program) ? `"${program}"` : program, ...args.map(windowsArg)].join(' ');
}
