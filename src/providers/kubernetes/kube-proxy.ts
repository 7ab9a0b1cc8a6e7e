// Pure: kube-proxy's flags and configuration from its DaemonSet and (kubeadm) ConfigMap.
import { yamlPackage } from '../../engine/lazy.js';
import { notApplicableFact, ok, type Outcome } from '../../engine/types.js';
import { containerArgv, parseFlags } from './controlplane.js';
import type { KubeProxyFacts } from '../../kit/k8s/controlplane-types.js';
import type { K8sObject } from '../../kit/k8s/facts.js';

export const NO_KUBE_PROXY = 'kube-proxy not found: no kube-proxy DaemonSet in kube-system (kube-proxy replacement, or not visible)';

interface Container {
  name?: string;
  command?: unknown;
  args?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function proxyContainer(ds: K8sObject): Container | undefined {
  const spec = ds.spec?.template as { spec?: { containers?: Container[] } } | undefined;
  return (spec?.spec?.containers ?? []).find((c) => {
    const argv = containerArgv(c);
    return (argv[0] ?? '').split('/').pop() === 'kube-proxy';
  });
}

/** The kube-proxy fact: from the first kube-system DaemonSet running the kube-proxy binary. */
export function kubeProxyFromObjects(workloads: readonly K8sObject[], configMaps: readonly K8sObject[]): Outcome<KubeProxyFacts> {
  for (const ds of workloads) {
    if (ds.kind !== 'DaemonSet' || ds.metadata?.namespace !== 'kube-system') continue;
    const container = proxyContainer(ds);
    if (!container) continue;
    const flags = parseFlags(containerArgv(container).slice(1));
    const facts: KubeProxyFacts = { daemonSet: { namespace: 'kube-system', name: ds.metadata.name ?? '(unnamed)' }, flags };
    if (ds.$source) facts.location = ds.$source;
    // kubeadm mounts ConfigMap kube-proxy at /var/lib/kube-proxy and passes --config=.../config.conf
    const cm = configMaps.find((c) => c.metadata?.namespace === 'kube-system' && c.metadata.name === 'kube-proxy');
    const key = flags.config ? flags.config.split('/').pop()! : 'config.conf';
    const text = cm?.data?.[key];
    if (flags.config && typeof text === 'string') {
      try {
        const config: unknown = yamlPackage().parse(text);
        if (isRecord(config)) {
          facts.config = config;
          facts.configSource = 'configmap kube-system/kube-proxy';
        }
      } catch {
        /* an unparsable config leaves `config` unset: checks then say so */
      }
    }
    return ok(facts);
  }
  return notApplicableFact(NO_KUBE_PROXY);
}
