import { k8sNodeOwnerCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodeOwnerCheck({
  id: 'k8s.node.kubelet-service-owner',
  cis: '4.1.2',
  title: 'The kubelet systemd unit and its kubeadm drop-in are owned by root:root',
  rationale: 'The kubelet unit and its drop-in decide the flags the kubelet runs with as root (config file, kubeconfig, anonymous auth); whoever can write them owns the node.',
  severity: 'medium',
  target: 'kubeletService',
  what: 'kubelet service file',
  owner: 'root',
  group: 'root',
  remediation: 'chown root:root /etc/systemd/system/kubelet.service.d/10-kubeadm.conf (or the kubelet unit file your distribution uses)',
});
