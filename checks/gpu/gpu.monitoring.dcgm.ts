import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'gpu.monitoring.dcgm',
  title: 'GPUs are monitored (DCGM exporter or DCGM host engine running)',
  rationale: 'Without GPU telemetry (utilisation, memory, XID errors, processes) a miner, a runaway job or a failing GPU goes unnoticed; DCGM is NVIDIA\'s monitoring agent and dcgm-exporter feeds it to Prometheus.',
  severity: 'medium',
  pillar: 'visibility_analytics',
  function: 'Visibility',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.host'],
  references: ['NVIDIA Data Center GPU Manager (DCGM) User Guide', 'https://github.com/NVIDIA/dcgm-exporter', 'CISA ZTMM v2.0 Visibility and Analytics: Visibility', 'NIST SP 800-53 SI-4'],
  remediation: 'Run dcgm-exporter (the GPU Operator deploys it on Kubernetes) or the DCGM host engine (systemctl enable --now nvidia-dcgm) and alert on its metrics.',
  messages: {
    none: 'no GPU monitoring: neither dcgm-exporter nor nv-hostengine runs{{installed}}',
    running: 'GPU monitoring runs: {{what}}',
  },
  evaluate({ 'gpu.host': host }, ctx) {
    const m = host.monitoring;
    const running = [m.dcgmExporter.running ? 'dcgm-exporter' : '', m.hostEngine.running ? 'nv-hostengine' : ''].filter(Boolean);
    if (running.length > 0) return ctx.pass('running', { what: running.join(', ') });
    const installed = [m.dcgmExporter.installed ? 'dcgm-exporter' : '', m.hostEngine.installed ? 'nv-hostengine' : ''].filter(Boolean);
    return ctx.fail('none', { installed: installed.length ? ` (installed but not running: ${installed.join(', ')})` : '' });
  },
});
