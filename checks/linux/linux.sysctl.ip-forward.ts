import { sysctlCheck } from '../../src/kit/linux/check-kit.js';

export default sysctlCheck({
  id: 'linux.sysctl.ip-forward',
  title: 'The host does not route packets (IPv4 and IPv6 forwarding off)',
  severity: 'medium',
  pillar: 'networks',
  keys: ['net.ipv4.ip_forward', 'net.ipv6.conf.all.forwarding'],
  expected: '0 (unless the host is a router or container host)',
  good: (v) => v === '0',
  references: ['CIS Debian Linux 12 v1.1.0 3.3.1', 'CISA ZTMM v2 Networks: Network Segmentation'],
  remediation: 'Set net.ipv4.ip_forward = 0 and net.ipv6.conf.all.forwarding = 0 in a sysctl.d file, unless this host is meant to route (then accept the risk as an exception).',
});
