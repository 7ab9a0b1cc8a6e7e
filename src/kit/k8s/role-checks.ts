// The shape shared by the "who may do X" RBAC checks: every Role and ClusterRole is judged on
// whether its rules grant any of a list of permissions.
import type { K8sObject } from './facts.js';
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { judgeObjects } from './judge.js';
import { grantedPermissions, rulesOf, type Permission } from './rbac.js';

export function judgeRoleGrants<M extends string>(
  checkId: string,
  roles: readonly K8sObject[],
  clusterRoles: readonly K8sObject[],
  ctx: CheckContext<M>,
  wanted: readonly Permission[],
  messageId: M,
): CheckOutcome[] {
  return judgeObjects(
    checkId,
    [...clusterRoles, ...roles],
    ctx,
    (role) => {
      const hits = grantedPermissions(rulesOf(role), wanted);
      return hits.length === 0 ? undefined : { messageId, data: { permissions: hits.join(', ') }, evidence: hits.join('; ') };
    },
    'no Roles or ClusterRoles',
  );
}
