// Builders for the families of Linux checks that differ only in data (one sshd keyword, a set
// of sysctl keys, one file's mode). Each check still lives in its own file under checks/linux/
// and is named by its id; this module only removes the repetition. Pure: no I/O.
import { defineCheck, type Check } from '../../engine/check.js';
import type { Pillar, Severity, Stage } from '../../engine/types.js';
import './facts.js';

interface CommonMeta {
  id: string;
  title: string;
  rationale?: string;
  severity: Severity;
  function?: string;
  stage?: Stage;
  references: readonly string[];
  remediation: string;
}

/** The metadata every builder passes through unchanged, with the family's defaults filled in. */
function commonMeta(rule: CommonMeta, pillar: Pillar, defaultFunction: string) {
  return {
    id: rule.id,
    title: rule.title,
    ...(rule.rationale ? { rationale: rule.rationale } : {}),
    severity: rule.severity,
    pillar,
    function: rule.function ?? defaultFunction,
    stage: rule.stage ?? ('initial' as Stage),
    targetKinds: ['linux'] as const,
    references: rule.references,
    remediation: rule.remediation,
  };
}

// ---- sshd ------------------------------------------------------------------------------------

export interface SshdRule extends CommonMeta {
  /** sshd -T keyword (lower case) */
  keyword: string;
  /** what a good value looks like, for the message */
  expected: string;
  good(value: string, effective: Readonly<Record<string, string>>): boolean;
}

/** sshd_config spelling of the keywords the checks read, for messages. */
const SSHD_NAMES: Record<string, string> = Object.fromEntries(
  ['PermitRootLogin', 'PasswordAuthentication', 'PermitEmptyPasswords', 'MaxAuthTries', 'X11Forwarding', 'AllowAgentForwarding', 'AllowTcpForwarding',
    'HostbasedAuthentication', 'IgnoreRhosts', 'PermitUserEnvironment', 'LoginGraceTime', 'ClientAliveInterval', 'LogLevel', 'MaxSessions', 'MaxStartups',
    'UsePAM', 'GSSAPIAuthentication', 'Banner', 'Ciphers', 'MACs', 'KexAlgorithms'].map((n) => [n.toLowerCase(), n]),
);

/** One sshd keyword compared with what the benchmark expects. */
export function sshdCheck(rule: SshdRule): Check {
  return defineCheck({
    ...commonMeta(rule, 'identity', 'Authentication'),
    facts: ['linux.sshd'],
    messages: { misconfigured: '{{keyword}} is {{value}} (expected {{expected}})', ok: '{{keyword}} is {{value}}' },
    evaluate({ 'linux.sshd': sshd }, ctx) {
      if (!sshd.installed) return ctx.notApplicable('sshd is not installed');
      const value = sshd.effective[rule.keyword];
      const evidence = `source: ${sshd.source}${sshd.files.length ? ` (${sshd.files.join(', ')})` : ''}`;
      if (value === undefined) return ctx.error(`${rule.keyword} is missing from the effective sshd configuration`);
      const data = { keyword: SSHD_NAMES[rule.keyword] ?? rule.keyword, value, expected: rule.expected };
      return rule.good(value, sshd.effective) ? ctx.pass('ok', data, { evidence }) : ctx.fail('misconfigured', data, { evidence });
    },
  });
}

/** An algorithm list (ciphers, MACs, KEX) must not offer any weak entry. */
export function sshdAlgorithmCheck(rule: CommonMeta & { keyword: 'ciphers' | 'macs' | 'kexalgorithms'; weak: RegExp; what: string }): Check {
  return defineCheck({
    ...commonMeta(rule, 'identity', 'Authentication'),
    facts: ['linux.sshd'],
    messages: { weak: 'sshd offers weak {{what}}: {{list}}' },
    evaluate({ 'linux.sshd': sshd }, ctx) {
      if (!sshd.installed) return ctx.notApplicable('sshd is not installed');
      const value = sshd.effective[rule.keyword];
      if (value === undefined) return ctx.error(`${rule.keyword} is missing from the effective sshd configuration`);
      const weak = value.split(',').map((s) => s.trim()).filter((a) => rule.weak.test(a));
      return weak.length === 0 ? ctx.pass(undefined, undefined, { evidence: `${rule.keyword} ${value}` }) : ctx.fail('weak', { what: rule.what, list: weak.join(', ') }, { evidence: `source: ${sshd.source}` });
    },
  });
}

// ---- sysctl ----------------------------------------------------------------------------------

export interface SysctlRule extends CommonMeta {
  pillar: Pillar;
  keys: readonly string[];
  expected: string;
  good(value: string): boolean;
  /** a key the running kernel lacks: its feature is not built ('notApplicable', the default), or its absence is itself the weakness ('fail') */
  absentAtRuntime?: 'notApplicable' | 'fail';
}

/** Every listed kernel parameter has a hardened value; one result per key. */
export function sysctlCheck(rule: SysctlRule): Check {
  return defineCheck({
    ...commonMeta(rule, rule.pillar, rule.pillar === 'networks' ? 'Network Segmentation' : 'Device Threat Protection'),
    facts: ['linux.sysctl'],
    messages: {
      wrong: '{{key}} = {{value}} (expected {{expected}})',
      unset: '{{key}} is not set in any sysctl file and has no fixed kernel default (expected {{expected}})',
      absent: '{{key}} does not exist on this kernel, so the protection it controls is missing (expected {{expected}})',
      ok: '{{key}} = {{value}}',
    },
    evaluate({ 'linux.sysctl': sysctl }, ctx) {
      return rule.keys.map((key) => {
        const resource = { kind: 'sysctl', name: key };
        const value = sysctl.values[key];
        if (value === undefined) {
          if (sysctl.source === 'persisted') return ctx.fail('unset', { key, expected: rule.expected }, { resource });
          return rule.absentAtRuntime === 'fail'
            ? ctx.fail('absent', { key, expected: rule.expected }, { resource })
            : ctx.notApplicable(`${key} does not exist on this kernel (feature not built or disabled)`, { resource });
        }
        const evidence = `${key} = ${value} (${sysctl.origins[key] ?? sysctl.source})`;
        return rule.good(value) ? ctx.pass('ok', { key, value }, { resource, evidence }) : ctx.fail('wrong', { key, value, expected: rule.expected }, { resource, evidence });
      });
    },
  });
}

// ---- file modes ------------------------------------------------------------------------------

export interface FileModeRule extends CommonMeta {
  pillar?: Pillar;
  path: string;
  /** the most permissive mode allowed, e.g. 0o640 */
  maxMode: number;
  /** allowed owning uids (default: root) */
  owners?: readonly number[];
  /** what to say when the file does not exist */
  absent: 'notApplicable' | 'fail';
}

const octal = (n: number): string => n.toString(8).padStart(4, '0');

/** A file's permission bits grant nothing beyond maxMode, and root owns it. */
export function fileModeCheck(rule: FileModeRule): Check {
  return defineCheck({
    ...commonMeta(rule, rule.pillar ?? 'devices', 'Policy Enforcement & Compliance Monitoring'),
    facts: ['linux.files'],
    messages: {
      tooOpen: '{{path}} has mode {{mode}} (at most {{max}} expected)',
      wrongOwner: '{{path}} is owned by uid {{uid}} (expected root)',
      missing: '{{path}} does not exist',
    },
    evaluate({ 'linux.files': files }, ctx) {
      const st = files.stats[rule.path];
      const resource = { kind: 'file', name: rule.path };
      if (!st) return rule.absent === 'fail' ? ctx.fail('missing', { path: rule.path }, { resource }) : ctx.notApplicable(`${rule.path} does not exist`, { resource });
      const evidence = `${rule.path} ${octal(st.mode)} ${st.owner}:${st.group} (uid ${st.uid}, gid ${st.gid})`;
      if ((st.mode & ~rule.maxMode & 0o7777) !== 0) return ctx.fail('tooOpen', { path: rule.path, mode: octal(st.mode), max: octal(rule.maxMode) }, { resource, evidence });
      if (!(rule.owners ?? [0]).includes(st.uid)) return ctx.fail('wrongOwner', { path: rule.path, uid: st.uid }, { resource, evidence });
      return ctx.pass(undefined, undefined, { resource, evidence });
    },
  });
}

/** Parse an integer setting; undefined when it is not a plain number. */
export function intValue(v: string | undefined): number | undefined {
  if (v === undefined || !/^\s*-?\d+\s*$/.test(v)) return undefined;
  return Number(v);
}

/**
 * The first audit rule that covers a path (a -w watch, or -F path=/dir=) or a syscall name (-S),
 * in either the rules-file form or the form auditctl -l prints.
 */
export function auditWatches(rules: readonly string[], item: string): string | undefined {
  if (item.startsWith('/')) {
    const esc = item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(^-w\\s+${esc}/?(\\s|$))|(-F\\s+(path|dir)=${esc}/?(\\s|$))`);
    return rules.find((r) => re.test(r));
  }
  return rules.find((r) => /^-a\s/.test(r) && (r.match(/-S\s+([\w,]+)/g) ?? []).some((s) => s.replace(/^-S\s+/, '').split(',').includes(item)));
}

/** The audit rules must watch each of `watched` (files or syscalls): one result per item. */
export function auditRulesCheck(rule: CommonMeta & { watched: readonly string[] }): Check {
  return defineCheck({
    ...commonMeta(rule, 'visibility_analytics', 'Visibility & Analytics'),
    facts: ['linux.audit'],
    messages: { unwatched: 'no audit rule covers {{item}}' },
    evaluate({ 'linux.audit': audit }, ctx) {
      if (!audit.installed) return ctx.notApplicable('auditd is not installed (see linux.audit.auditd-installed)');
      return rule.watched.map((item) => {
        const resource = { kind: 'audit-rule', name: item };
        const found = auditWatches(audit.rules, item);
        return found ? ctx.pass(undefined, undefined, { resource, evidence: `${found} (${audit.rulesSource})` }) : ctx.fail('unwatched', { item }, { resource });
      });
    },
  });
}
