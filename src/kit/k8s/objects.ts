// Small pure readers over plain Kubernetes objects, shared by the Kubernetes checks.
import type { K8sObject } from './facts.js';
import type { ResourceRef, SourceLocation } from '../../engine/types.js';

/** A list that may be absent or malformed in a hand-written manifest. */
export function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export const nameOf = (o: K8sObject): string => (typeof o.metadata?.name === 'string' ? o.metadata.name : '(unnamed)');
export const namespaceOf = (o: K8sObject): string | undefined =>
  typeof o.metadata?.namespace === 'string' && o.metadata.namespace !== '' ? o.metadata.namespace : undefined;

/** The identity a result names: kind, namespace (namespaced objects only) and name. */
export function refOf(o: K8sObject, name: string = nameOf(o)): ResourceRef {
  const ns = namespaceOf(o);
  return ns === undefined ? { kind: o.kind, name } : { kind: o.kind, namespace: ns, name };
}

/** `$source` of a manifest object, passed on so SARIF points at the manifest line. */
export function locationOf(o: K8sObject): SourceLocation | undefined {
  const s = o.$source;
  return s && typeof s.file === 'string' && typeof s.line === 'number' ? { file: s.file, line: s.line } : undefined;
}

export const labelOf = (o: K8sObject, key: string): string | undefined => {
  const v = o.metadata?.labels?.[key];
  return typeof v === 'string' ? v : undefined;
};

export const annotationOf = (o: K8sObject, key: string): string | undefined => {
  const v = o.metadata?.annotations?.[key];
  return typeof v === 'string' ? v : undefined;
};

/** Group objects by namespace once, so per-namespace checks stay O(n). */
export function byNamespace(objects: readonly K8sObject[]): Map<string, K8sObject[]> {
  const out = new Map<string, K8sObject[]>();
  for (const o of objects) {
    const ns = namespaceOf(o) ?? '';
    const list = out.get(ns);
    if (list) list.push(o);
    else out.set(ns, [o]);
  }
  return out;
}

export const apiGroupOf = (o: K8sObject): string => {
  const v = o.apiVersion ?? '';
  const slash = v.indexOf('/');
  return slash < 0 ? '' : v.slice(0, slash);
};
