import { it } from 'vitest';
import { collectors } from '../../src/collectors/index.js';
import { evaluateSnapshot } from '../../src/engine/evaluate.js';
import { loadCatalogue } from '../../src/engine/registry.js';
import { redact } from '../../src/engine/redact.js';
import { buildTargets } from '../../src/inventory/targets.js';
it('probe', async () => {
  const { targets } = buildTargets({ local: true, manifests: ['fixtures/manifests', 'fixtures/kubernetes'], root: 'fixtures/linux/weak-root' });
  const raw = [];
  for (const t of targets) {
    const c = await collectors[t.kind]!();
    const got = await c.collect(t, { timeoutMs: 60000, signal: new AbortController().signal, log: () => {} });
    raw.push({ target: { id: t.id, kind: t.kind, name: t.name }, status: got.status ?? 'ok', durationMs: 0, facts: got.facts });
  }
  const cat = await loadCatalogue();
  const snap = (ts: unknown[]) => ({ kind: 'ztaudit-facts', schemaVersion: '1', tool: { name: 'ztaudit', version: 't' }, collectedAt: '', targets: ts }) as never;
  const a = evaluateSnapshot(snap(raw), cat);
  const b = new Map(evaluateSnapshot(snap(raw.map((t) => redact(t))), cat).map((r) => [r.fingerprint, r]));
  let diff = 0;
  for (const r of a) { const o = b.get(r.fingerprint); if (!o || r.status !== o.status || r.message !== o.message) { diff++; console.log('DIFF', r.checkId, r.status, o?.status, r.message.slice(0, 120), '=>', o?.message.slice(0, 120)); } }
  console.log('results', a.length, b.size, 'diff', diff);
}, 60000);
