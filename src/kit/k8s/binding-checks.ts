// The shape shared by the RBAC binding checks: every RoleBinding and ClusterRoleBinding is
// judged on whether it grants something to subjects it should not.
import type { K8sObject } from './facts.js';
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { judgeObjects } from './judge.js';
import { namespaceOf } from './objects.js';
import { describeSubject, roleRefOf, subjectsOf } from './rbac.js';
import type { RoleRef, Subject } from './types.js';

export function judgeBindings<M extends string>(
  checkId: string,
  roleBindings: readonly K8sObject[],
  clusterRoleBindings: readonly K8sObject[],
  ctx: CheckContext<M>,
  offending: (subject: Subject, roleRef: RoleRef, binding: K8sObject) => boolean,
  messageId: M,
): CheckOutcome[] {
  return judgeObjects(
    checkId,
    [...clusterRoleBindings, ...roleBindings],
    ctx,
    (binding) => {
      const ref = roleRefOf(binding);
      const bad = subjectsOf(binding).filter((s) => offending(s, ref, binding));
      if (bad.length === 0) return undefined;
      const subjects = bad.map((s) => describeSubject(s, namespaceOf(binding))).join(', ');
      const role = `${ref.kind ?? '?'} ${ref.name ?? '?'}`;
      return { messageId, data: { subjects, role }, evidence: `roleRef ${role}; subjects ${subjects}` };
    },
    'no RoleBindings or ClusterRoleBindings',
  );
}

/** A user or group name in the reserved system: prefix (not a service account). */
export const isSystemPrincipal = (s: Subject): boolean =>
  (s.kind === 'User' || s.kind === 'Group') && typeof s.name === 'string' && s.name.startsWith('system:');
