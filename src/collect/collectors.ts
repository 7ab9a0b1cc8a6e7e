// The collector of every kind that has providers: plan the providers the selected checks need,
// open the target's transport (one connection, reused), run the shell providers as one script
// and the API providers in turn, close. A kind with no provider has no collector, and its
// targets are unreachable with that reason.
import { KINDS, TARGET_KINDS, AVAILABLE_TRANSPORTS, type TargetKind } from '../kinds/registry.js';
import type { Collected, CollectContext, Collector, TargetSpec } from '../kinds/types.js';
import { planProviders, providersFor } from '../providers/registry.js';
import { collectShell } from '../providers/shell/collect.js';
import type { ShellProvider } from '../providers/types.js';
import { openTransport } from '../transports/open.js';

export type CollectorRegistry = Readonly<Record<string, () => Promise<Collector>>>;

function providerCollector(kind: TargetKind): Collector {
  const transports = KINDS[kind].transports.filter((t) => AVAILABLE_TRANSPORTS.includes(t));
  return {
    kind,
    transports,
    async collect(target: TargetSpec, ctx: CollectContext): Promise<Collected> {
      const plan = planProviders(kind, ctx.wanted);
      const name = target.options.transport ?? KINDS[kind].defaultTransport({ ...(target.address ? { address: target.address } : {}), ...(typeof target.options.root === 'string' ? { root: target.options.root } : {}) });
      const shell = plan.filter((p): p is ShellProvider => p.type === 'shell');
      const transport = await openTransport(target, name, ctx);
      try {
        const parts: Collected[] = [];
        if (shell.length) {
          if (!transport) return { facts: {}, status: 'unreachable', error: `the ${name} transport cannot run a host script` };
          const host = await collectShell(target, transport, shell, ctx, KINDS[kind].scriptArgs?.(target) ?? []);
          // a host whose script could not run is lost, whatever API providers could still say
          if (host.status === 'unreachable') return host;
          parts.push(host);
        }
        for (const p of plan) {
          if (p.type !== 'api') continue;
          const facts = Object.assign({}, ...parts.map((x) => x.facts)) as Collected['facts'];
          parts.push(await p.collect(target, transport, { ...ctx, facts }));
        }
        return merge(parts);
      } finally {
        await transport?.close();
      }
    },
  };
}

/** One target's parts: facts side by side; unreachable only when every part was. */
function merge(parts: readonly Collected[]): Collected {
  if (parts.length === 1) return parts[0]!;
  const facts = Object.assign({}, ...parts.map((p) => p.facts)) as Collected['facts'];
  const errors = parts.map((p) => p.error).filter((e): e is string => !!e);
  const status = parts.every((p) => p.status === 'unreachable') ? 'unreachable' : parts.some((p) => p.status && p.status !== 'ok') ? 'partial' : 'ok';
  return { facts, status, ...(errors.length ? { error: errors.join('; ') } : {}) };
}

export const collectors: CollectorRegistry = Object.fromEntries(
  TARGET_KINDS.filter((k) => providersFor(k).length > 0).map((k) => [k, async () => providerCollector(k)]),
);
