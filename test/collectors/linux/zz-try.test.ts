import { it } from 'vitest';
import { linuxCollector } from '../../../src/collectors/linux/index.js';
import { prepareRoot } from './fixture-root.js';
it('dump', async () => {
  for (const n of ['hardened-root', 'weak-root'] as const) {
    const { root } = prepareRoot(n);
    const r = await linuxCollector.collect({ id: 'x', kind: 'linux', name: 'x', options: { root } }, { timeoutMs: 20000, signal: new AbortController().signal, log: () => {} });
    for (const [k, v] of Object.entries(r.facts)) console.log(n, k, JSON.stringify(v).slice(0, 700)); console.log(r.status);
  }
  const t0 = Date.now();
  const r = await linuxCollector.collect({ id: 'x', kind: 'linux', name: 'x', options: {} }, { timeoutMs: 20000, signal: new AbortController().signal, log: () => {} });
  console.log("live ms", Date.now() - t0, r.status); for (const [k, v] of Object.entries(r.facts)) console.log("live", k, JSON.stringify(v).slice(0, 700));
});
