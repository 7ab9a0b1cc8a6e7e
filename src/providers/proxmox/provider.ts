// Proxmox VE through its HTTPS API, read-only: one GET per API area (version, realms, users and
// their tokens, TFA, datacenter firewall, storage, backup jobs, cluster options), then per node
// (firewall options, pending updates, guests) and per guest (its configuration). A path the token
// may not read (403) makes only its fact an error with Proxmox's reason; a refused token (401) or a
// certificate that does not verify makes the target unreachable, with the problem named.
import type { FactKey } from '../../engine/facts.js';
import { errorMessage } from '../../engine/errors.js';
import { ok, unavailable, type Outcome } from '../../engine/types.js';
import { resolveCredential } from '../../inventory/credentials.js';
import type { CredentialRef } from '../../inventory/schema.js';
import type { PerNode, ProxmoxNodeFirewall, ProxmoxNodeUpdates, ProxmoxVm, ProxmoxVmsFacts } from '../../kit/hypervisor/proxmox.js';
import { proxmoxEndpoint } from '../../kinds/proxmox.js';
import type { TargetSpec } from '../../kinds/types.js';
import { tlsAgent } from '../../transports/https.js';
import type { ApiCollected, ApiProvider, FactMap } from '../types.js';
import { isApiToken, pveClient, type PveAnswer, type PveClient } from './client.js';
import * as parse from './parse.js';

export const PROXMOX_FACTS = [
  'proxmox.version', 'proxmox.realms', 'proxmox.users', 'proxmox.tfa', 'proxmox.cluster-firewall', 'proxmox.node-firewall',
  'proxmox.updates', 'proxmox.backup-jobs', 'proxmox.storage', 'proxmox.vms', 'proxmox.cluster-options',
] as const satisfies readonly FactKey[];

/** Calls in flight per target: enough to hide latency on a cluster, few enough for pveproxy's workers. */
const CONCURRENCY = 4;

async function pool<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** An answer through its parser: the value, or the reason (a shape the API viewer does not document included). */
function fact<T>(answer: PveAnswer, parser: (data: unknown) => T): Outcome<T> {
  if (!answer.ok) return unavailable(answer.reason);
  try {
    return ok(parser(answer.data));
  } catch (err) {
    return unavailable(err instanceof parse.ShapeError ? `unexpected answer: ${err.message}` : errorMessage(err));
  }
}

const unreachable = (error: string): ApiCollected => ({ facts: {}, status: 'unreachable', error });

/** The API token from the target's credentials (a reference resolved only now); its value is never echoed. */
function apiToken(target: TargetSpec): string {
  const creds = target.options.credentials as Record<string, CredentialRef | undefined> | undefined;
  const ref = creds?.token;
  if (ref === undefined) throw new Error('no credentials.token: give an API token reference holding USER@REALM!TOKENID=SECRET');
  const token = resolveCredential(ref, `target ${target.name}: credentials.token`).trim();
  if (!isApiToken(token)) throw new Error('credentials.token is not of the form USER@REALM!TOKENID=SECRET');
  return token;
}

/** One per-node read for every online node: what each answered, or why not. A fact when at least one node answered. */
async function perNode<T>(nodes: readonly { node: string; online: boolean }[], read: (node: string) => Promise<Outcome<T>>): Promise<Outcome<PerNode<T>>> {
  const got = new Map<string, Outcome<T>>();
  await pool(nodes, async (n) => {
    got.set(n.node, n.online ? await read(n.node) : unavailable('the node is offline'));
  });
  const out: PerNode<T> = { nodes: [], unreadable: [] };
  for (const n of nodes) {
    const o = got.get(n.node)!;
    if (o.ok) out.nodes.push(o.value);
    else out.unreadable.push({ node: n.node, reason: o.reason });
  }
  if (nodes.length > 0 && out.nodes.length === 0) return unavailable(out.unreadable.map((u) => `node ${u.node}: ${u.reason}`).join('; '));
  return ok(out);
}

async function readVms(api: PveClient, nodes: readonly { node: string; online: boolean }[]): Promise<Outcome<ProxmoxVmsFacts>> {
  const vms: ProxmoxVm[] = [];
  const unreadable: ProxmoxVmsFacts['unreadable'] = [];
  const listed = await perNode(nodes, async (node) => fact(await api.get(`/nodes/${encodeURIComponent(node)}/qemu`), (d) => ({ node, list: parse.parseVmList(node, d) })));
  if (!listed.ok) return listed;
  for (const u of listed.value.unreadable) unreadable.push({ name: `node ${u.node}`, reason: u.reason });
  const guests = listed.value.nodes.flatMap((n) => n.list.map((vm) => ({ node: n.node, vm })));
  await pool(guests, async ({ node, vm }) => {
    const config = fact(await api.get(`/nodes/${encodeURIComponent(node)}/qemu/${vm.vmid}/config`), (d) => parse.parseVmConfig(vm, node, d));
    if (config.ok) vms.push(config.value);
    else unreadable.push({ name: `${node}/${vm.vmid}${vm.name ? ` ${vm.name}` : ''}`, reason: config.reason });
  });
  vms.sort((a, b) => a.vmid - b.vmid || a.node.localeCompare(b.node));
  unreadable.sort((a, b) => a.name.localeCompare(b.name));
  const guestAgents = vms.filter((v) => v.agent).map((v) => `${v.node}/${v.vmid} ${v.name}`.trim()).sort();
  return ok({ vms, unreadable, guestAgents });
}

/** The cluster-wide facts, each from one path. */
const CLUSTER_PATHS: readonly [FactKey, string, (data: unknown) => unknown][] = [
  ['proxmox.realms', '/access/domains', parse.parseRealms],
  ['proxmox.users', '/access/users?full=1', parse.parseUsers],
  ['proxmox.tfa', '/access/tfa', parse.parseTfa],
  ['proxmox.cluster-firewall', '/cluster/firewall/options', parse.parseClusterFirewall],
  ['proxmox.storage', '/storage', parse.parseStorage],
  ['proxmox.backup-jobs', '/cluster/backup', parse.parseBackupJobs],
  ['proxmox.cluster-options', '/cluster/options', parse.parseClusterOptions],
];

/** What the selected checks read, in one walk of the API: /version first (it tells a refused token), then only the paths they need. */
async function walk(api: PveClient, wanted?: ReadonlySet<string>): Promise<ApiCollected> {
  const want = (key: FactKey): boolean => !wanted || wanted.has(key);
  const version = await api.get('/version');
  // no HTTP answer, or the token refused: nothing else will answer either
  if (!version.ok && (version.status === 0 || version.status === 401)) return unreachable(version.reason);
  const facts: FactMap = {};
  if (want('proxmox.version')) facts['proxmox.version'] = fact(version, parse.parseVersion);
  const cluster = CLUSTER_PATHS.filter(([key]) => want(key));
  const answers = await Promise.all(cluster.map(([, path]) => api.get(path)));
  cluster.forEach(([key, , parser], i) => (facts[key] = fact(answers[i]!, parser)));
  const perNodeKeys = (['proxmox.node-firewall', 'proxmox.updates', 'proxmox.vms'] as const).filter(want);
  if (perNodeKeys.length) {
    const nodeList = fact(await api.get('/nodes'), parse.parseNodes);
    if (!nodeList.ok) {
      for (const k of perNodeKeys) facts[k] = unavailable(`cannot list the nodes: ${nodeList.reason}`);
    } else {
      const on = (node: string, tail: string): string => `/nodes/${encodeURIComponent(node)}${tail}`;
      if (want('proxmox.node-firewall')) facts['proxmox.node-firewall'] = await perNode<ProxmoxNodeFirewall>(nodeList.value, async (node) => fact(await api.get(on(node, '/firewall/options')), (d) => parse.parseNodeFirewall(node, d)));
      if (want('proxmox.updates')) facts['proxmox.updates'] = await perNode<ProxmoxNodeUpdates>(nodeList.value, async (node) => fact(await api.get(on(node, '/apt/update')), (d) => ({ node, packages: parse.parseUpdates(node, d) })));
      if (want('proxmox.vms')) facts['proxmox.vms'] = await readVms(api, nodeList.value);
    }
  }
  return withStatus(facts);
}

/** ok; partial with the first gap named (a fact not collected, or a node or guest not read); unreachable when no fact could be read. */
function withStatus(facts: FactMap): ApiCollected {
  const outcomes = Object.values(facts);
  if (outcomes.length > 0 && outcomes.every((f) => !f.ok)) return { facts, status: 'unreachable', error: `nothing could be read: ${(outcomes[0] as { reason: string }).reason}` };
  const gaps: string[] = [];
  for (const key of PROXMOX_FACTS) {
    const f = facts[key];
    if (!f) continue;
    if (!f.ok) gaps.push(`${key}: ${f.reason}`);
    else {
      const v = f.value as { unreadable?: { node?: string; name?: string; reason: string }[] };
      for (const u of v?.unreadable ?? []) gaps.push(`${key}: ${u.node ?? u.name}: ${u.reason}`);
    }
  }
  if (gaps.length === 0) return { facts, status: 'ok' };
  return { facts, status: 'partial', error: `${gaps.length} ${gaps.length === 1 ? 'part' : 'parts'} not collected (${gaps[0]})` };
}

export const PROXMOX_PROVIDER: ApiProvider = {
  type: 'api',
  id: 'proxmox.api',
  kinds: ['proxmox'],
  facet: 'api',
  facts: PROXMOX_FACTS,
  async collect(target, _transport, ctx) {
    let origin: string;
    let token: string;
    if (!target.address) return unreachable('no address: give the API as https://host:8006');
    try {
      origin = proxmoxEndpoint(target.address);
      token = apiToken(target);
    } catch (err) {
      return unreachable(errorMessage(err));
    }
    let agent;
    try {
      agent = tlsAgent({ ...(typeof target.options.ca === 'string' ? { caFile: target.options.ca } : {}) });
    } catch (err) {
      return unreachable(errorMessage(err));
    }
    try {
      return await walk(pveClient(origin, token, agent, ctx), ctx.wanted);
    } finally {
      agent.destroy();
    }
  },
};
