// The Windows script is read-only: a small PowerShell tokenizer lists every command the script
// can run (cmdlets, functions, native programs, `& $var`), every .NET method it calls and every
// member it assigns, and holds each to an allowlist. Negative rows prove the audit catches writes.
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP, POWERSHELL_ARGV, encodeCommand } from '../../../src/providers/windows/provider.js';
import { REGISTRY_READS, WINDOWS_SCRIPT } from '../../../src/providers/windows/script.js';

type Tok = { t: 'word' | 'var' | 'str' | 'num' | 'param' | 'type' | 'op' | 'nl' | 'member'; v: string };

const KEYWORDS = new Set(['if', 'elseif', 'else', 'foreach', 'for', 'while', 'do', 'switch', 'try', 'catch', 'finally', 'function', 'return', 'continue', 'break', 'throw', 'param', 'in', 'trap', 'exit', 'begin', 'process', 'end']);

/** PowerShell text to tokens; the code inside "...$(...)..." is tokenized as code. */
function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const at = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(src);
    return m && m.index === i ? m[0] : undefined;
  };
  while (i < src.length) {
    const c = src[i]!;
    let m: string | undefined;
    if (c === '\n' || c === ';') (out.push({ t: 'nl', v: c }), i++);
    else if (/\s/.test(c)) i++;
    else if ((m = at(/<#[\s\S]*?#>/y))) i += m.length;
    else if (c === '#') i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if ((m = at(/'(?:[^']|'')*'/y))) (out.push({ t: 'str', v: m.slice(1, -1).replace(/''/g, "'") }), (i += m.length));
    else if (c === '"') {
      // a double-quoted string: its $( ... ) parts are code
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '$' && src[j + 1] === '(') {
          let depth = 0;
          const start = j + 1;
          for (; j < src.length; j++) {
            if (src[j] === '(') depth++;
            else if (src[j] === ')' && --depth === 0) break;
          }
          out.push({ t: 'op', v: '$(' }, ...tokenize(src.slice(start + 1, j)), { t: 'op', v: ')' });
        } else text += src[j];
        j++;
      }
      out.push({ t: 'str', v: text });
      i = j + 1;
    } else if ((m = at(/\$(?:\{[^}]*\}|[A-Za-z_]\w*(?::[A-Za-z_]\w*)?|[_?^$])/y))) (out.push({ t: 'var', v: m }), (i += m.length));
    else if ((m = at(/\[[A-Za-z][\w.]*(?:\[\])?\]/y))) (out.push({ t: 'type', v: m }), (i += m.length));
    else if ((m = at(/(?:::|\.)(?=[A-Za-z_])/y)) && /[\w\])'$]/.test(src[i - 1] ?? ' ')) {
      i += m.length;
      const name = at(/[A-Za-z_]\w*/y)!;
      out.push({ t: 'member', v: name });
      i += name.length;
    } else if ((m = at(/-[A-Za-z][\w]*/y)) && !/[\w]/.test(src[i - 1] ?? ' ')) (out.push({ t: 'param', v: m }), (i += m.length));
    else if ((m = at(/\d+(?:\.\d+)?/y))) (out.push({ t: 'num', v: m }), (i += m.length));
    else if ((m = at(/[A-Za-z_/][\w\-.:\\/*?]*/y))) (out.push({ t: 'word', v: m }), (i += m.length));
    else if ((m = at(/@\(|@\{|\$\(|\+=|-=|==|&&|\|\||2>&1|>>|[{}()[\]|,=&!+<>*%.]/y))) (out.push({ t: 'op', v: m }), (i += m.length));
    else throw new Error(`cannot tokenize at ${JSON.stringify(src.slice(i, i + 20))}`);
  }
  return out;
}

interface Invocation {
  command: string;
  args: string[];
}

interface Audit {
  invocations: Invocation[];
  functions: string[];
  methods: string[];
  assignedMembers: string[];
  redirections: string[];
}

/** Every command in command position (with its arguments up to the end of its pipeline element), every method call and member assignment. */
function audit(src: string): Audit {
  const toks = tokenize(src);
  const a: Audit = { invocations: [], functions: [], methods: [], assignedMembers: [], redirections: [] };
  const startsCommand = (prev: Tok | undefined): boolean => !prev || prev.t === 'nl' || (prev.t === 'op' && ['{', '(', '$(', '@(', '|', '=', '&', '+='].includes(prev.v)) || (prev.t === 'word' && KEYWORDS.has(prev.v.toLowerCase()));
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k]!;
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if (tok.t === 'op' && ['>', '>>', '2>&1'].includes(tok.v)) a.redirections.push(tok.v);
    if (tok.t === 'member' && next?.t === 'op' && next.v === '(') a.methods.push(tok.v);
    if (tok.t === 'member' && next?.t === 'op' && (next.v === '=' || next.v === '+=')) a.assignedMembers.push(tok.v);
    if (tok.t === 'word' && prev?.t === 'word' && prev.v.toLowerCase() === 'function') {
      a.functions.push(tok.v);
      continue;
    }
    const invokedVar = tok.t === 'var' && prev?.t === 'op' && prev.v === '&';
    if (!(tok.t === 'word' || invokedVar) || !startsCommand(prev)) continue;
    if (tok.t === 'word' && KEYWORDS.has(tok.v.toLowerCase())) continue;
    if (next?.t === 'op' && next.v === '=') continue; // a hashtable key or an assignment target
    const args: string[] = [];
    let depth = 0;
    for (let j = k + 1; j < toks.length; j++) {
      const x = toks[j]!;
      if (x.t === 'op' && ['(', '{', '@(', '@{', '$('].includes(x.v)) depth++;
      if (x.t === 'op' && [')', '}'].includes(x.v)) {
        if (depth === 0) break;
        depth--;
      }
      if (depth === 0 && (x.t === 'nl' || (x.t === 'op' && x.v === '|'))) break;
      if (depth === 0) args.push(x.v);
    }
    a.invocations.push({ command: invokedVar ? `& ${tok.v}` : tok.v, args });
  }
  return a;
}

/** Cmdlet verbs that only read or shape data in the pipeline. */
const READ_VERBS = /^(Get|Test|Confirm|Select|Where|ForEach|Sort|Measure|ConvertTo|Join)-[A-Za-z]+$/;

/** Why one invocation is not read-only, or undefined when it is. */
function judge(inv: Invocation, fns: readonly string[]): string | undefined {
  const cmd = inv.command;
  const lower = cmd.toLowerCase();
  if (fns.includes(cmd)) return undefined;
  if (cmd === '& $Body') return undefined; // Get-ZtSection runs the section's own script block
  if (lower === 'auditpol.exe' || lower === 'auditpol') return inv.args[0]?.toLowerCase() === '/get' ? undefined : `auditpol ${inv.args[0] ?? ''} is not /get`;
  if (lower === 'secedit.exe' || lower === 'secedit') {
    const argAfter = (flag: string): string | undefined => inv.args[inv.args.findIndex((x) => x.toLowerCase() === flag) + 1];
    if (inv.args[0]?.toLowerCase() !== '/export') return `secedit ${inv.args[0] ?? ''} is not /export`;
    if (argAfter('/cfg') !== '$tmp' || argAfter('/log') !== '$tmpLog') return 'secedit writes somewhere other than the temp files';
    return undefined;
  }
  if (cmd === 'Remove-Item') return inv.args[0] === '-LiteralPath' && ['$tmp', '$tmpLog'].includes(inv.args[1] ?? '') && inv.args.slice(2).every((x) => x === '-Force') ? undefined : `Remove-Item ${inv.args.join(' ')} is not the temp file`;
  if (READ_VERBS.test(cmd)) return undefined;
  return `${cmd} is not a read-only command`;
}

const METHODS = ['ToString', 'GetTempPath', 'NewGuid'];
const ASSIGNED_MEMBERS = ['OutputEncoding'];

function problems(src: string): string[] {
  const a = audit(src);
  return [
    ...a.invocations.map((inv) => judge(inv, a.functions)).filter((p): p is string => !!p),
    ...a.methods.filter((m) => !METHODS.includes(m)).map((m) => `.${m}() is not an allowed method`),
    ...a.assignedMembers.filter((m) => !ASSIGNED_MEMBERS.includes(m)).map((m) => `assigns .${m}`),
    ...a.redirections.map((r) => `redirection ${r} writes a file`),
  ];
}

describe('the Windows facts script', () => {
  const a = audit(WINDOWS_SCRIPT);

  it('runs exactly these commands, each of them read-only (Get-/Test-/Confirm- verbs, auditpol /get, secedit /export and Remove-Item of its temp files)', () => {
    const commands = [...new Set(a.invocations.map((i) => i.command))].sort();
    expect(commands).toEqual([
      '& $Body', 'Confirm-SecureBootUEFI', 'ConvertTo-Json', 'ForEach-Object', 'Get-AppLockerPolicy', 'Get-BitLockerVolume', 'Get-CimInstance', 'Get-Command', 'Get-Content', 'Get-HotFix',
      'Get-Item', 'Get-ItemProperty', 'Get-LocalGroupMember', 'Get-LocalUser', 'Get-MpComputerStatus', 'Get-NetFirewallProfile', 'Get-SmbServerConfiguration', 'Get-VM', 'Get-VMFirmware',
      'Get-VMNetworkAdapter', 'Get-VMNetworkAdapterAcl', 'Get-VMNetworkAdapterExtendedAcl', 'Get-VMSecurity', 'Get-VMSwitch', 'Get-WinEvent', 'Get-WindowsFeature', 'Get-WindowsOptionalFeature',
      'Get-ZtSection', 'Join-Path', 'Remove-Item', 'Select-Object', 'Test-Path', 'Where-Object', 'auditpol.exe', 'secedit.exe',
    ]);
    expect(a.functions).toEqual(['Get-ZtSection']);
    expect(problems(WINDOWS_SCRIPT)).toEqual([]);
    expect(a.invocations.find((i) => i.command === 'auditpol.exe')?.args).toEqual(['/get', '/category:*', '/r']);
    expect(a.invocations.find((i) => i.command === 'secedit.exe')?.args).toEqual(['/export', '/cfg', '$tmp', '/areas', 'SECURITYPOLICY', '/log', '$tmpLog', '/quiet']);
    expect(a.invocations.filter((i) => i.command === 'Remove-Item').map((i) => i.args)).toEqual([['-LiteralPath', '$tmp', '-Force'], ['-LiteralPath', '$tmpLog', '-Force']]);
  });

  it('calls no .NET method but ToString, GetTempPath and NewGuid, and sets only its own output encoding', () => {
    expect([...new Set(a.methods)].sort()).toEqual(['GetTempPath', 'NewGuid', 'ToString']);
    expect(a.assignedMembers).toEqual(['OutputEncoding']);
    expect(a.redirections).toEqual([]);
  });

  it('catches what would write: each of these edits is refused', () => {
    const tampered = {
      'Set-ItemProperty -Path HKLM:\\X -Name Y -Value 1': /Set-ItemProperty is not a read-only command/,
      '$x = New-Item -Path C:\\x': /New-Item is not a read-only command/,
      'Get-Service | Stop-Service': /Stop-Service is not a read-only command/,
      'Invoke-Expression $s': /Invoke-Expression is not a read-only command/,
      'if ($true) { reg add HKLM\\X /v Y }': /reg is not a read-only command/,
      '& cmd.exe /c del C:\\x': /cmd.exe is not a read-only command/,
      'auditpol.exe /set /subcategory:Logon /success:disable': /auditpol \/set is not \/get/,
      'secedit.exe /configure /db x.sdb /cfg $tmp': /secedit \/configure is not \/export/,
      'secedit.exe /export /cfg C:\\Windows\\x.inf /log $tmpLog': /secedit writes somewhere other than the temp files/,
      'Remove-Item -LiteralPath C:\\Windows -Recurse': /Remove-Item .* is not the temp file/,
      '(Get-Item HKLM:\\X).SetValue("a", 1)': /\.SetValue\(\) is not an allowed method/,
      'Get-Process > C:\\out.txt': /redirection > writes a file/,
      '$zt[$Name] = @{ v = "$(Stop-Computer -Force)" }': /Stop-Computer is not a read-only command/,
      '[Environment]::SetEnvironmentVariable("A", "1", "Machine")': /SetEnvironmentVariable\(\) is not an allowed method/,
    };
    for (const [line, why] of Object.entries(tampered)) expect(problems(`${WINDOWS_SCRIPT}\n${line}\n`).join('; '), line).toMatch(why);
  });

  it('never selects a secret: no BitLocker key protectors (recovery passwords), no Winlogon or LSA secrets', () => {
    expect(WINDOWS_SCRIPT).not.toMatch(/KeyProtector|RecoveryPassword|DefaultPassword|Lsa\\Secrets|Get-BitLockerVolume \| ConvertTo-Json/i);
    expect(WINDOWS_SCRIPT).toMatch(/Get-BitLockerVolume \| Select-Object MountPoint, VolumeType, ProtectionStatus, VolumeStatus, EncryptionMethod, EncryptionPercentage\)/);
  });

  it('is ASCII with no template leftovers, reads every registry key it declares, and deletes its temp files in a finally block', () => {
    expect(/^[\x09\x0a\x0d\x20-\x7e]*$/.test(WINDOWS_SCRIPT)).toBe(true);
    expect(WINDOWS_SCRIPT).not.toContain('${');
    for (const [key] of REGISTRY_READS) expect(WINDOWS_SCRIPT).toContain(`'${key}'`);
    expect(WINDOWS_SCRIPT).toMatch(/finally \{\s*if \(Test-Path -LiteralPath \$tmp\) \{ Remove-Item -LiteralPath \$tmp -Force \}/);
  });
});

describe('the command line', () => {
  it('is powershell.exe with a fixed bootstrap as -EncodedCommand (UTF-16LE base64) that reads the script from stdin', () => {
    expect(POWERSHELL_ARGV.slice(0, 6)).toEqual(['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    const b64 = POWERSHELL_ARGV[6]!;
    expect(Buffer.from(b64, 'base64').toString('utf16le')).toBe(BOOTSTRAP);
    expect(encodeCommand(BOOTSTRAP)).toBe(b64);
    // base64 passes unquoted through the SSH transport's shell quoting (and cmd.exe)
    expect(b64).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(b64.length).toBeLessThan(1000);
    const boot = audit(BOOTSTRAP);
    expect(boot.invocations.map((i) => i.command)).toEqual(['Out-String']);
    expect(boot.methods).toEqual(['Create']);
    expect(BOOTSTRAP).toMatch(/\$ztScript = \$input \| Out-String; & \(\[scriptblock\]::Create\(\$ztScript\)\)$/);
  });
});
