// The packet filter's default policy for traffic to this host (input) and through it (forward).
// Live: `nft list ruleset` (or `iptables -S`); offline: /etc/nftables.conf, iptables-save files,
// ufw's configuration. A base chain whose policy is accept but whose last rule drops or rejects
// everything counts as default deny; with several base chains on one hook, a drop anywhere wins.
import { ok, type Outcome } from '../../engine/types.js';
import { commandReason, type Section } from '../shell/sections.js';
import type { ChainPolicy, FirewallFacts } from '../../kit/linux/facts.js';

type Hook = 'input' | 'forward';
interface Policies {
  input: ChainPolicy | 'none';
  forward: ChainPolicy | 'none';
  ruleCount: number;
}

const combine = (a: ChainPolicy | 'none', b: ChainPolicy): ChainPolicy | 'none' => {
  const rank = { none: 0, unknown: 1, accept: 2, reject: 3, drop: 4 } as const;
  return rank[b] > rank[a] ? b : a;
};
const asPolicy = (s: string | undefined): ChainPolicy => {
  const v = (s ?? '').toLowerCase();
  return v === 'accept' || v === 'drop' || v === 'reject' ? v : 'unknown';
};
const CATCH_ALL = /^(?:counter(?:\s+packets\s+\d+\s+bytes\s+\d+)?\s+)?(?:log\b[^;]*?\s+)?(drop|reject)\b/;

/** nft syntax (`nft list ruleset` or nftables.conf): base chains on inet/ip/ip6 input and forward hooks. */
export function parseNftRuleset(text: string): Policies {
  const out: Policies = { input: 'none', forward: 'none', ruleCount: 0 };
  let family = '';
  let chain: { hook?: Hook; policy?: ChainPolicy; last?: string } | undefined;
  let depth = 0;
  const close = (): void => {
    if (chain?.hook) {
      let policy = chain.policy ?? 'accept';
      if (policy === 'accept' && chain.last && CATCH_ALL.test(chain.last)) policy = 'drop';
      out[chain.hook] = combine(out[chain.hook], policy);
    }
    chain = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const table = /^table\s+(\S+)\s+\S+\s*\{/.exec(line);
    if (table) {
      family = table[1] ?? '';
      depth++;
      continue;
    }
    if (/^chain\s+\S+\s*\{/.test(line)) {
      chain = {};
      depth++;
      continue;
    }
    if (line.startsWith('}')) {
      if (chain) close();
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (line.endsWith('{')) {
      depth++;
      continue;
    }
    if (!chain) continue;
    const base = /type\s+(\w+)\s+hook\s+(\w+)/.exec(line);
    if (base) {
      const hook = base[2];
      if (base[1] === 'filter' && ['inet', 'ip', 'ip6'].includes(family) && (hook === 'input' || hook === 'forward')) chain.hook = hook;
      const pol = /policy\s+(\w+)/.exec(line);
      if (pol) chain.policy = asPolicy(pol[1]);
      continue;
    }
    const polOnly = /^policy\s+(\w+)\s*;?$/.exec(line);
    if (polOnly) {
      chain.policy = asPolicy(polOnly[1]);
      continue;
    }
    out.ruleCount++;
    chain.last = line;
  }
  close();
  return out;
}

/** `iptables -S` (-P CHAIN POLICY, -A rules) or iptables-save (:CHAIN POLICY [0:0]). */
export function parseIptables(text: string): Policies {
  const out: Policies = { input: 'none', forward: 'none', ruleCount: 0 };
  const policy: Record<string, ChainPolicy> = {};
  const last: Record<string, string> = {};
  let inFilter = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('*')) inFilter = line === '*filter';
    if (!inFilter) continue;
    const p = /^(?:-P\s+|:)(INPUT|FORWARD)\s+(\w+)/.exec(line);
    if (p) policy[p[1] ?? ''] = asPolicy(p[2]);
    const a = /^-A\s+(INPUT|FORWARD)\s+(.*)$/.exec(line);
    if (a) {
      out.ruleCount++;
      last[a[1] ?? ''] = a[2] ?? '';
    }
    else if (/^-A\s/.test(line)) out.ruleCount++;
  }
  for (const [chain, hook] of [['INPUT', 'input'], ['FORWARD', 'forward']] as const) {
    const pol = policy[chain];
    if (!pol) continue;
    const catchAll = last[chain] !== undefined && /^-j\s+(DROP|REJECT)\b/.test(last[chain] ?? '');
    out[hook] = pol === 'accept' && catchAll ? 'drop' : pol;
  }
  // iptables always has built-in chains: ACCEPT with no rules is "no filtering"
  if (out.ruleCount === 0 && out.input === 'accept' && out.forward !== 'drop') return { input: 'none', forward: out.forward === 'accept' ? 'none' : out.forward, ruleCount: 0 };
  return out;
}

/** ufw: ufw.conf ENABLED=yes and /etc/default/ufw DEFAULT_*_POLICY. */
export function parseUfw(conf: string, defaults: string): Policies | undefined {
  if (!/^\s*ENABLED\s*=\s*"?yes"?\s*$/m.test(conf)) return undefined;
  const get = (k: string): ChainPolicy => asPolicy(new RegExp(`^\\s*${k}\\s*=\\s*"?(\\w+)"?`, 'm').exec(defaults)?.[1]);
  return { input: get('DEFAULT_INPUT_POLICY'), forward: get('DEFAULT_FORWARD_POLICY'), ruleCount: 0 };
}

const fileText = (s: Section, path: string): string | undefined => {
  const f = s.files.get(path);
  return f?.state === 'file' ? f.content : undefined;
};

export function parseFirewallSection(section: Section, mode: 'live' | 'offline'): Outcome<FirewallFacts> {
  if (mode === 'live') {
    const nft = section.commands.get('nft');
    const ipt = section.commands.get('iptables');
    if (!nft && !ipt) return { ok: false, reason: 'neither nft nor iptables is installed: the packet filter cannot be read' };
    const nftOk = nft?.rc === 0 ? parseNftRuleset(nft.output) : undefined;
    const iptOk = ipt?.rc === 0 ? parseIptables(ipt.output) : undefined;
    if (nftOk && (nftOk.input !== 'none' || nftOk.forward !== 'none' || !iptOk)) {
      return ok({ source: 'nft list ruleset', backend: nftOk.input === 'none' && nftOk.forward === 'none' ? 'none' : 'nftables', ...nftOk, files: [] });
    }
    if (iptOk) return ok({ source: 'iptables -S', backend: iptOk.input === 'none' && iptOk.forward === 'none' ? 'none' : 'iptables', ...iptOk, files: [] });
    const why = [nft && commandReason('nft list ruleset', nft), ipt && commandReason('iptables -S', ipt)].filter(Boolean).join('; ');
    return { ok: false, reason: `cannot read the packet filter: ${why}` };
  }
  const files: string[] = [];
  const nftFiles = [...section.files.entries()].filter(([p, f]) => f.state === 'file' && (p === '/etc/nftables.conf' || p.startsWith('/etc/nftables.d/')));
  if (nftFiles.length > 0) {
    const pol = parseNftRuleset(nftFiles.map(([, f]) => f.content).join('\n'));
    if (pol.input !== 'none' || pol.forward !== 'none') return ok({ source: 'config files', backend: 'nftables', ...pol, files: nftFiles.map(([p]) => p) });
    files.push(...nftFiles.map(([p]) => p));
  }
  for (const path of ['/etc/iptables/rules.v4', '/etc/sysconfig/iptables']) {
    const text = fileText(section, path);
    if (text === undefined) continue;
    const pol = parseIptables(text);
    if (pol.input !== 'none' || pol.forward !== 'none') return ok({ source: 'config files', backend: 'iptables', ...pol, files: [path] });
    files.push(path);
  }
  const ufw = parseUfw(fileText(section, '/etc/ufw/ufw.conf') ?? '', fileText(section, '/etc/default/ufw') ?? '');
  if (ufw) return ok({ source: 'config files', backend: 'ufw', ...ufw, files: ['/etc/ufw/ufw.conf', '/etc/default/ufw'] });
  return ok({ source: 'config files', backend: 'none', input: 'none', forward: 'none', ruleCount: 0, files });
}
