// Loads this domain's CIS checks (control plane, etcd, kubelet) straight from checks/kubernetes,
// without the rest of the catalogue, for end-to-end tests: collected facts -> check results.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Check } from '../../../src/engine/check.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import type { Outcome, Result } from '../../../src/engine/types.js';
import { loadYamlCheckFile } from '../../../src/engine/yaml-checks.js';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const dir = join(repoRoot, 'checks/kubernetes');
const MINE = /^k8s\.(apiserver|controller-manager|scheduler|etcd|kubelet|kube-proxy)\..+\.(ya?ml|ts)$/;

export async function loadCisChecks(): Promise<Check[]> {
  const checks: Check[] = [];
  for (const f of readdirSync(dir).filter((n) => MINE.test(n) && !n.endsWith('.d.ts')).sort()) {
    const file = join(dir, f);
    if (f.endsWith('.ts')) checks.push((await import(pathToFileURL(file).href)).default as Check);
    else checks.push(loadYamlCheckFile(file));
  }
  return checks;
}

/** Evaluate checks against collected facts; returns "checkId[ resource]" -> status. */
export function evaluateAll(checks: readonly Check[], facts: Record<string, Outcome<unknown>>): Result[] {
  const target = { target: { id: 'kubernetes:test', kind: 'kubernetes' as const, name: 'test' }, status: 'ok' as const, durationMs: 0, facts };
  return checks.flatMap((c) => evaluateCheck(c, target));
}

export const statusById = (results: readonly Result[]): Record<string, string> =>
  Object.fromEntries(results.map((r) => [r.resource ? `${r.checkId} ${r.resource.name}` : r.checkId, r.status]));
