import { describe, expect, it } from 'vitest';
import { kubeletFromConfigz, kubeletFromObjects, kubeletSetting } from '../../../src/providers/kubernetes/kubelet-config.js';

describe('kubeletFromConfigz', () => {
  it('takes the kubeletconfig object, or says why not', () => {
    expect(kubeletFromConfigz('n1', { kubeletconfig: { readOnlyPort: 10255 } })).toEqual({ node: 'n1', source: 'configz', config: { readOnlyPort: 10255 } });
    expect(kubeletFromConfigz('n1', '<html>')).toEqual({ node: 'n1', source: 'configz', reason: 'configz: answer has no kubeletconfig object' });
  });
});

describe('kubeletSetting', () => {
  it('returns explicit values and the documented defaults for absent fields', () => {
    const cfg = { authentication: { anonymous: { enabled: false } }, rotateCertificates: true };
    expect(kubeletSetting(cfg, 'authentication.anonymous.enabled')).toEqual({ value: false, explicit: true });
    expect(kubeletSetting({}, 'authentication.anonymous.enabled')).toEqual({ value: true, explicit: false }); // flag default: on
    expect(kubeletSetting({}, 'authorization.mode')).toEqual({ value: 'AlwaysAllow', explicit: false });
    expect(kubeletSetting({}, 'readOnlyPort')).toEqual({ value: 0, explicit: false }); // /configz omits a zero port
    expect(kubeletSetting({}, 'makeIPTablesUtilChains')).toEqual({ value: true, explicit: false });
  });
});

describe('kubeletFromObjects', () => {
  it('reads KubeletConfiguration documents and reports an unparsable kubelet-config ConfigMap', () => {
    const out = kubeletFromObjects([
      { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration', metadata: {}, readOnlyPort: 0, $source: { file: 'k.yaml', line: 1 } },
      { kind: 'ConfigMap', metadata: { name: 'kubelet-config', namespace: 'kube-system' }, data: { kubelet: '- not a mapping' } },
      { kind: 'ConfigMap', metadata: { name: 'kubelet-config', namespace: 'default' }, data: { kubelet: 'readOnlyPort: 1' } },
    ]);
    expect(out).toEqual([
      { node: 'k.yaml:1', source: 'KubeletConfiguration document', config: { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration', readOnlyPort: 0 }, location: { file: 'k.yaml', line: 1 } },
      { node: 'configmap kube-system/kubelet-config', source: 'configmap kube-system/kubelet-config', reason: 'configmap kube-system/kubelet-config: key "kubelet" is not a YAML mapping' },
    ]);
  });

  it('names a KubeletConfiguration by its path relative to the scanned folder, so checkouts elsewhere keep fingerprints', () => {
    const doc = (file: string) => ({ apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration', metadata: {}, readOnlyPort: 0, $source: { file, line: 3 } });
    const here = kubeletFromObjects([doc('/home/runner/work/repo/nodes/a/kubelet.yaml')], '/home/runner/work/repo');
    const there = kubeletFromObjects([doc('/builds/x/repo/nodes/a/kubelet.yaml')], '/builds/x/repo');
    expect(here[0]?.node).toBe('nodes/a/kubelet.yaml:3');
    expect(there[0]?.node).toBe(here[0]?.node);
    // the location keeps the real file; a file outside the folder keeps its absolute path
    expect(here[0]?.location).toEqual({ file: '/home/runner/work/repo/nodes/a/kubelet.yaml', line: 3 });
    expect(kubeletFromObjects([doc('/etc/kubernetes/kubelet.yaml')], '/home/runner/work/repo')[0]?.node).toBe('/etc/kubernetes/kubelet.yaml:3');
  });
});
