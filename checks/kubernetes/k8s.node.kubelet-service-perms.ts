import { k8sNodePermsCheck } from '../../src/kit/k8s-node/check-kit.js';

export default k8sNodePermsCheck({
  id: 'k8s.node.kubelet-service-perms',
  cis: '4.1.1',
  title: 'The kubelet systemd unit and its kubeadm drop-in grant nothing beyond 0600',
  rationale: 'The kubelet unit and its drop-in decide the flags the kubelet runs with as root (config file, kubeconfig, anonymous auth); whoever can write them owns the node.',
  severity: 'medium',
  target: 'kubeletService',
  what: 'kubelet service file',
  maxMode: 0o600,
  remediation: 'chmod 600 /etc/systemd/system/kubelet.service.d/10-kubeadm.conf (or the kubelet unit file your distribution uses), then systemctl daemon-reload',
});
