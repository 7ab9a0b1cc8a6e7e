// The real collector against this machine: it finishes fast, and every fact is either collected
// or carries a reason (nothing silently missing). What this host has varies; the shape does not.
import { describe, expect, it } from 'vitest';
import { linuxCollector } from '../../../src/providers/linux/index.js';
import type { OsFacts } from '../../../src/kit/linux/facts.js';

describe('linux collector on this machine (/)', () => {
  it('completes and every fact is ok or has a reason', async () => {
    const started = Date.now();
    const c = await linuxCollector.collect({ id: 'local', kind: 'linux', name: 'local', options: { transport: 'local' } }, { timeoutMs: 30_000, signal: new AbortController().signal, log: () => {} });
    const ms = Date.now() - started;
    expect(c.status).not.toBe('unreachable');
    // 15 host facts, the 6 host storage facts, gpu.nvidia and gpu.host, and the libvirt facet's 3
    expect(Object.keys(c.facts)).toHaveLength(26);
    for (const [key, f] of Object.entries(c.facts)) {
      if (!f.ok) expect(f.reason, key).toMatch(/\S{3,}/);
    }
    const os = c.facts['linux.os'];
    expect(os?.ok).toBe(true);
    const v = (os as { ok: true; value: OsFacts }).value;
    expect(v.mode).toBe('live');
    expect(v.kernel).toMatch(/^\d+\.\d+/);
    // the sysctl values come from /proc/sys, which is always there on Linux
    expect(c.facts['linux.sysctl']).toMatchObject({ ok: true, value: { source: 'runtime', values: { 'kernel.randomize_va_space': expect.stringMatching(/^[0-2]$/) } } });
    expect(ms).toBeLessThan(10_000);
  });
  it('a timeout kills the script and says so', async () => {
    const c = await linuxCollector.collect({ id: 'local', kind: 'linux', name: 'local', options: {} }, { timeoutMs: 1, signal: new AbortController().signal, log: () => {} });
    expect(c.error ?? '').toMatch(/timed out after 1 ms|cut off/);
  });
});
