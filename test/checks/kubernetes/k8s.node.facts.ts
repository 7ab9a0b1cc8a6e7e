// Builders for linux.kubernetes-node values in the k8s.node.* table tests.
import type { K8sNodeFacts, K8sNodeFile } from '../../../src/kit/linux/facts.js';

export const file = (path: string, mode: number, owner = 'root', group = 'root', type: K8sNodeFile['type'] = 'file'): K8sNodeFile => ({
  path, mode, uid: owner === 'root' ? 0 : 998, gid: group === 'root' ? 0 : 998, owner, group, type,
});
export const dir = (path: string, mode: number, owner = 'root', group = 'root'): K8sNodeFile => file(path, mode, owner, group, 'directory');

export const node = (role: K8sNodeFacts['role'], files: K8sNodeFile[], extra: Partial<K8sNodeFacts> = {}): K8sNodeFacts =>
  ({ role, files, denied: [], etcdDataDir: null, pkiTruncated: false, ...extra });

/** The role is what the collector derived from the files; the checks read it as given. */
export const controlPlane = (files: K8sNodeFile[], extra: Partial<K8sNodeFacts> = {}): K8sNodeFacts => node('control-plane', files, extra);
export const worker = (files: K8sNodeFile[], extra: Partial<K8sNodeFacts> = {}): K8sNodeFacts => node('worker', files, extra);
export const notANode = (): K8sNodeFacts => node('none', []);

export const notCollected = (reason = 'section k8snode was cut off before it finished') => ({ ok: false, reason });
