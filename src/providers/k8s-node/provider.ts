// Kubernetes node files (CIS Kubernetes 1.1.x and 4.1.x: modes and owners of the control-plane
// and kubelet files) are a facet of a Linux host: read by the host script, checked by the
// k8s.node.* checks, composed only when such a check is selected.
import type { ShellProvider } from '../types.js';
import { guard } from '../shell/guard.js';
import { parseK8sNodeSection } from './parse.js';
import { K8S_NODE_SECTION } from './section.js';

export const K8S_NODE_PROVIDER: ShellProvider = {
  type: 'shell',
  id: 'k8s-node.files',
  kinds: ['linux'],
  facet: 'k8s-node',
  facts: ['linux.kubernetes-node'],
  sections: { k8snode: K8S_NODE_SECTION },
  parse: (get, ctx) => ({ 'linux.kubernetes-node': guard('k8snode', get('k8snode'), (s) => parseK8sNodeSection(s, ctx.mode)) }),
};
