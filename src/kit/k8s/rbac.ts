// RBAC rule matching, as the authorizer reads rules: `*` matches any verb, resource or API
// group; `pods/*` matches every subresource of pods; a rule limited by resourceNames still
// grants the verb on those objects, so it counts.
import type { K8sObject } from './facts.js';
import { asArray, asRecord } from './objects.js';
import type { PolicyRule, RoleRef, Subject } from './types.js';

/** What a check looks for: any of `verbs` on any of `resources` in API group `group`. */
export interface Permission {
  verbs: readonly string[];
  resources: readonly string[];
  /** '' for the core group */
  group: string;
}

const strings = (v: unknown): string[] => asArray<unknown>(v).filter((x): x is string => typeof x === 'string');

export function rulesOf(role: K8sObject): PolicyRule[] {
  return asArray<unknown>(role.rules).map((r) => asRecord(r) as PolicyRule);
}

function resourceMatches(granted: string, wanted: string): boolean {
  if (granted === '*' || granted === wanted) return true;
  // "pods/*" grants every subresource of pods (but not pods itself)
  if (granted.endsWith('/*')) return wanted.startsWith(granted.slice(0, -1));
  // "*/scale" grants that subresource of every resource
  if (granted.startsWith('*/')) return wanted.includes('/') && wanted.slice(wanted.indexOf('/')) === granted.slice(1);
  return false;
}

/** Each "verb resource" pair of `wanted` that `rules` grant, in the order of `wanted`. */
export function grantedPermissions(rules: readonly PolicyRule[], wanted: readonly Permission[]): string[] {
  const hits: string[] = [];
  for (const w of wanted) {
    for (const verb of w.verbs) {
      for (const resource of w.resources) {
        const granted = rules.some((r) => {
          const groups = strings(r.apiGroups);
          const verbs = strings(r.verbs);
          const resources = strings(r.resources);
          return (
            (groups.includes('*') || groups.includes(w.group)) &&
            (verbs.includes('*') || verbs.includes(verb)) &&
            resources.some((g) => resourceMatches(g, resource))
          );
        });
        if (granted) hits.push(`${verb} ${resource}`);
      }
    }
  }
  return hits;
}

export function subjectsOf(binding: K8sObject): Subject[] {
  return asArray<unknown>(binding.subjects).map((s) => asRecord(s) as Subject);
}

export function roleRefOf(binding: K8sObject): RoleRef {
  return asRecord(binding.roleRef) as RoleRef;
}

/** "User alice", "Group dev", "ServiceAccount ns/name". */
export function describeSubject(s: Subject, bindingNamespace?: string): string {
  if (s.kind === 'ServiceAccount') return `ServiceAccount ${s.namespace ?? bindingNamespace ?? '?'}/${s.name ?? '?'}`;
  return `${s.kind ?? '?'} ${s.name ?? '?'}`;
}
