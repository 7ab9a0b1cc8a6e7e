// Effective security settings of a container: the container's securityContext overrides the
// pod's, as the kubelet applies them. Only exact booleans count; "true" as a string is unset.
import { asArray, asRecord } from './objects.js';
import type { Container, PodSpec, SecurityContext } from './types.js';

export const containerSc = (c: Container): SecurityContext => asRecord(c.securityContext) as SecurityContext;
export const podSc = (spec: PodSpec): NonNullable<PodSpec['securityContext']> => asRecord(spec.securityContext);

/** Capability names normalised: upper case, without the CAP_ prefix. */
export function normaliseCapability(cap: string): string {
  const up = cap.trim().toUpperCase();
  return up.startsWith('CAP_') ? up.slice(4) : up;
}

export function addedCapabilities(c: Container): string[] {
  return asArray<unknown>(asRecord(containerSc(c).capabilities).add)
    .filter((x): x is string => typeof x === 'string')
    .map(normaliseCapability);
}

export function droppedCapabilities(c: Container): string[] {
  return asArray<unknown>(asRecord(containerSc(c).capabilities).drop)
    .filter((x): x is string => typeof x === 'string')
    .map(normaliseCapability);
}

export const isPrivileged = (c: Container): boolean => containerSc(c).privileged === true;

/** The user the container runs as, when the manifest says (container over pod). */
export function effectiveRunAsUser(c: Container, spec: PodSpec): number | undefined {
  const own = containerSc(c).runAsUser;
  if (typeof own === 'number') return own;
  const pod = podSc(spec).runAsUser;
  return typeof pod === 'number' ? pod : undefined;
}

export function effectiveRunAsNonRoot(c: Container, spec: PodSpec): boolean | undefined {
  const own = containerSc(c).runAsNonRoot;
  if (typeof own === 'boolean') return own;
  const pod = podSc(spec).runAsNonRoot;
  return typeof pod === 'boolean' ? pod : undefined;
}

/** The seccomp profile type in force (container over pod), or undefined when none is set. */
export function effectiveSeccomp(c: Container, spec: PodSpec): string | undefined {
  const own = asRecord(containerSc(c).seccompProfile).type;
  if (typeof own === 'string') return own;
  const pod = asRecord(podSc(spec).seccompProfile).type;
  return typeof pod === 'string' ? pod : undefined;
}

export function isHostProcess(c: Container, spec: PodSpec): boolean {
  const own = asRecord(containerSc(c).windowsOptions).hostProcess;
  if (typeof own === 'boolean') return own;
  return asRecord(podSc(spec).windowsOptions).hostProcess === true;
}

/**
 * Windows pods (spec.os.name: windows, or pinned to Windows nodes): the Pod Security Standards
 * exempt them from the Linux-only controls (seccomp, capabilities, privilege escalation).
 */
export function isWindowsPod(spec: PodSpec): boolean {
  const os = asRecord(spec.os).name;
  const selector = asRecord(spec.nodeSelector)['kubernetes.io/os'];
  return os === 'windows' || selector === 'windows';
}
