// The whole Linux host audit in one place, for tools and tests that want all of it: every Linux
// provider composed into one script, its parse, and a collector on this machine.
import type { Collected, CollectContext, Collector, TargetSpec } from '../../kinds/types.js';
import { planProviders } from '../registry.js';
import { collectShell } from '../shell/collect.js';
import { composeScript, sectionOrder } from '../shell/compose.js';
import { parseShellOutput } from '../shell/parse.js';
import type { FactMap, ShellProvider } from '../types.js';
import { localTransport } from '../../transports/local.js';

const linuxShellProviders = (): ShellProvider[] => planProviders('linux').filter((p): p is ShellProvider => p.type === 'shell');

/** Every Linux section, as one script (what a scan with no --only sends to a host). */
export const LINUX_SCRIPT: string = composeScript(linuxShellProviders());

export const SECTION_NAMES: readonly string[] = sectionOrder(linuxShellProviders());

/** Every Linux fact from the output of LINUX_SCRIPT. */
export const parseLinuxOutput = (output: string, root: string): FactMap => parseShellOutput(output, linuxShellProviders(), root);

/** Every Linux fact of this machine (or of the mounted root in `options.root`). */
export const linuxCollector: Collector = {
  kind: 'linux',
  async collect(target: TargetSpec, ctx: CollectContext): Promise<Collected> {
    return collectShell(target, localTransport(), linuxShellProviders(), ctx);
  },
};
