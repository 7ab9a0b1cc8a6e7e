// HA control planes run one copy of each component per control-plane node. The flag checks read
// the first copy; these lists name the flags the CIS checks judge, so a check can tell when the
// other copies differ (one hardened node and two forgotten ones would otherwise pass).
import type { ControlPlaneComponent, ControlPlaneComponentName } from './controlplane-types.js';

export const SECURITY_FLAGS: Readonly<Record<ControlPlaneComponentName, readonly string[]>> = {
  apiserver: [
    'anonymous-auth', 'token-auth-file', 'authorization-mode', 'enable-admission-plugins', 'disable-admission-plugins',
    'profiling', 'audit-log-path', 'audit-log-maxage', 'audit-log-maxbackup', 'audit-log-maxsize', 'audit-policy-file',
    'service-account-lookup', 'service-account-key-file', 'service-account-extend-token-expiration', 'etcd-certfile',
    'etcd-keyfile', 'etcd-cafile', 'tls-cert-file', 'tls-private-key-file', 'tls-cipher-suites', 'client-ca-file',
    'kubelet-client-certificate', 'kubelet-client-key', 'kubelet-certificate-authority', 'encryption-provider-config',
  ],
  controllerManager: [
    'profiling', 'use-service-account-credentials', 'service-account-private-key-file', 'root-ca-file', 'feature-gates',
    'bind-address', 'terminated-pod-gc-threshold',
  ],
  scheduler: ['profiling', 'bind-address'],
  etcd: ['cert-file', 'key-file', 'client-cert-auth', 'auto-tls', 'peer-cert-file', 'peer-key-file', 'peer-client-cert-auth', 'peer-auto-tls', 'trusted-ca-file'],
};

const label = (i: ControlPlaneComponent['instances'][number]): string => i.node ?? i.pod.name;

/** "flag: cp-1=false, cp-2=(unset)" for every security flag whose value differs between instances. */
export function flagDrift(component: ControlPlaneComponent): string[] {
  const out: string[] = [];
  for (const flag of SECURITY_FLAGS[component.component]) {
    const values = component.instances.map((i) => i.flags[flag]);
    if (new Set(values).size > 1) out.push(`${flag}: ${component.instances.map((i, n) => `${label(i)}=${values[n] ?? '(unset)'}`).join(', ')}`);
  }
  return out;
}
