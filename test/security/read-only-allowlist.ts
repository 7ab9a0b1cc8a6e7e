// The programs a collector may start on a target, and the arguments that keep each one read-only.
// Anything not listed, or listed with arguments that could write (sed -i, sort -o, find -delete,
// hostname NAME, dmesg -c, nvidia-smi -pm ...), fails the read-only tests.
import type { Call } from './command-log.js';

type Rule = (args: readonly string[]) => boolean;

const any: Rule = () => true;
const none = (...bad: RegExp[]): Rule => (args) => !args.some((a) => bad.some((b) => b.test(a)));
const first = (...ok: string[]): Rule => (args) => ok.includes(args.find((a) => !a.startsWith('-')) ?? '');
const only = (...ok: RegExp[]): Rule => (args) => args.every((a) => ok.some((o) => o.test(a)));

// an awk or sed program that writes a file or runs a command
const AWK_WRITES = /\bsystem\s*\(|\bprint[f]?\b[^;{}]*[^=!<>]>\s*["$a-zA-Z]|\|\s*getline|\bprint[f]?\b[^;{}]*\|\s*"/;
const SED_WRITES = /(^|[;{}\s])[wWe]\s|\/[gpI0-9]*w\s/;

export const READ_ONLY: Readonly<Record<string, Rule>> = {
  // the host script itself, on stdin; under sudo -n only that
  sh: (a) => a[0] === '-s' && a[1] === '--',
  sudo: (a) => a[0] === '-n' && a[1] === '--' && a[2] === 'sh' && a[3] === '-s',
  cat: any,
  stat: any,
  grep: any,
  head: any,
  tail: none(/^-f$/, /^--follow/),
  cut: any,
  wc: any,
  tr: any,
  uniq: (a) => a.filter((x) => !x.startsWith('-')).length <= 1,
  sort: none(/^-o/, /^--output/),
  od: any,
  id: any,
  uname: any,
  hostname: only(/^-[fsdAI]$/, /^--(fqdn|short|domain)$/),
  readlink: any,
  basename: any,
  dirname: any,
  which: any,
  env: (a) => a.length === 0,
  date: none(/^-s/, /^--set/),
  ls: any,
  find: none(/^-(delete|exec|execdir|ok|okdir|fprint|fprint0|fprintf|fls)$/),
  awk: (a) => !a.some((x) => AWK_WRITES.test(x)),
  sed: (a) => !a.some((x) => /^-[a-zA-Z]*i/.test(x) || /^--in-place/.test(x) || SED_WRITES.test(x)),
  timeout: any, // the program it runs is recorded and checked on its own
  lsblk: any,
  findmnt: any,
  sshd: (a) => a.includes('-T'),
  systemctl: first('list-units', 'list-unit-files', 'is-enabled', 'is-active', 'show', 'cat', 'status'),
  timedatectl: first('show', 'status'),
  nft: first('list'),
  iptables: only(/^-S$/, /^-L$/, /^-n$/, /^-v$/, /^--list(-rules)?$/, /^-t$/, /^(filter|nat|mangle|raw|security)$/),
  ip6tables: only(/^-S$/, /^-L$/, /^-n$/, /^-v$/, /^--list(-rules)?$/),
  auditctl: only(/^-[ls]$/),
  mokutil: only(/^--sb-state$/),
  testparm: only(/^-[sv]+$/, /^\/.*smb\.conf$/),
  virsh: (a) => ['list', 'dumpxml', 'capabilities', 'domcapabilities', 'dominfo', 'nodeinfo', 'version', 'uri'].includes(a.filter((x, i) => !x.startsWith('-') && a[i - 1] !== '-c')[0] ?? ''),
  'nvidia-smi': only(/^-q$/, /^-x$/, /^-L$/, /^--query/, /^--format=/),
  'nvidia-ctk': only(/^--version$/),
  'nvidia-container-cli': only(/^-V$/, /^--version$/, /^info$/),
  dmesg: none(/^-[a-zA-Z]*[cCDEn]/, /^--(clear|read-clear|console)/),
  ip: (a) => (a.includes('show') || a.includes('list') || a.length === 1) && !a.some((x) => ['add', 'del', 'delete', 'set', 'change', 'replace', 'flush'].includes(x)),
  ps: any,
  ss: any,
  df: any,
  getent: any,
  'dpkg-query': any,
  cryptsetup: first('status', 'isLuks', 'luksDump'),
};

/** The calls that are not allowed, as "name args" lines. */
export function disallowed(calls: readonly Call[]): Call[] {
  return calls.filter((c) => !(READ_ONLY[c.name]?.(c.args) ?? false));
}
