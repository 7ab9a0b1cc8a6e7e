import { describe, expect, it } from 'vitest';
import { NO_KUBE_PROXY, kubeProxyFromObjects } from '../../../src/providers/kubernetes/kube-proxy.js';
import type { K8sObject } from '../../../src/kit/k8s/facts.js';

const ds = (command: string[], namespace = 'kube-system'): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'kube-proxy', namespace },
  spec: { template: { spec: { containers: [{ name: 'kube-proxy', command }] } } },
});
const cm: K8sObject = { kind: 'ConfigMap', metadata: { name: 'kube-proxy', namespace: 'kube-system' }, data: { 'config.conf': 'kind: KubeProxyConfiguration\nmetricsBindAddress: 0.0.0.0:10249\n' } };

describe('kubeProxyFromObjects', () => {
  it('reads flags from the DaemonSet and the --config file from the kube-proxy ConfigMap (kubeadm)', () => {
    expect(kubeProxyFromObjects([ds(['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'])], [cm])).toEqual({
      ok: true,
      value: {
        daemonSet: { namespace: 'kube-system', name: 'kube-proxy' },
        flags: { config: '/var/lib/kube-proxy/config.conf', 'hostname-override': '$(NODE_NAME)' },
        config: { kind: 'KubeProxyConfiguration', metricsBindAddress: '0.0.0.0:10249' },
        configSource: 'configmap kube-system/kube-proxy',
      },
    });
  });
  it('is not applicable without a kube-proxy DaemonSet in kube-system', () => {
    expect(kubeProxyFromObjects([ds(['kube-proxy'], 'default'), ds(['cilium-agent'])], [cm])).toEqual({ ok: false, notApplicable: true, reason: NO_KUBE_PROXY });
  });
});
