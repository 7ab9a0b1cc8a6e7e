// Pure: kubelet configuration from /configz (live) or from a KubeletConfiguration document /
// kubeadm's kubelet-config ConfigMap (offline), and the defaults used to judge absent fields.
import { isAbsolute, relative, sep } from 'node:path';
import { yamlPackage } from '../../engine/lazy.js';
import type { KubeletNodeConfig } from '../../kit/k8s/controlplane-types.js';
import type { K8sObject } from '../../kit/k8s/facts.js';

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A file path relative to baseDir when inside it, in forward slashes; other paths unchanged. */
function stablePath(file: string, baseDir: string | undefined): string {
  if (!baseDir || !isAbsolute(file)) return file;
  const rel = relative(baseDir, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

/** `GET /api/v1/nodes/NAME/proxy/configz` answers `{"kubeletconfig": {...}}`. */
export function kubeletFromConfigz(node: string, body: unknown): KubeletNodeConfig {
  const config = isRecord(body) ? body.kubeletconfig : undefined;
  if (!isRecord(config)) return { node, source: 'configz', reason: 'configz: answer has no kubeletconfig object' };
  return { node, source: 'configz', config };
}

/**
 * Offline kubelet configuration: KubeletConfiguration documents, and kubeadm's cluster-wide
 * template (ConfigMap kube-system/kubelet-config, key `kubelet`).
 */
export function kubeletFromObjects(objects: readonly K8sObject[], baseDir?: string): KubeletNodeConfig[] {
  const out: KubeletNodeConfig[] = [];
  for (const o of objects) {
    if (o.kind === 'KubeletConfiguration') {
      const { $source, metadata: _m, ...config } = o;
      // The document's place names the kubelet in the result's resource (so in its fingerprint):
      // relative to the scanned folder, as SARIF names files, so a checkout at another path or a
      // CI runner keeps the same fingerprint.
      const where = $source ? `${stablePath($source.file, baseDir)}:${$source.line}` : (o.metadata?.name ?? 'KubeletConfiguration');
      out.push({ node: where, source: 'KubeletConfiguration document', config, ...($source ? { location: $source } : {}) });
    } else if (o.kind === 'ConfigMap' && o.metadata?.namespace === 'kube-system' && /^kubelet-config(-[\d.]+)?$/.test(o.metadata.name ?? '')) {
      const text = o.data?.kubelet;
      const name = `configmap kube-system/${o.metadata.name}`;
      let config: unknown;
      try {
        config = typeof text === 'string' ? yamlPackage().parse(text) : undefined;
      } catch {
        config = undefined;
      }
      const entry: KubeletNodeConfig = isRecord(config) ? { node: name, source: name, config } : { node: name, source: name, reason: `${name}: key "kubelet" is not a YAML mapping` };
      if (o.$source) entry.location = o.$source;
      out.push(entry);
    }
  }
  return out;
}

export { KUBELET_DEFAULTS, kubeletSetting } from '../../kit/k8s/kubelet-settings.js';
