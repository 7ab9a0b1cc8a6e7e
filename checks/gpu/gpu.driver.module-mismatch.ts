import { defineCheck } from '../../src/engine/check.js';

export default defineCheck({
  id: 'gpu.driver.module-mismatch',
  title: 'The loaded NVIDIA kernel module matches the installed user-space driver',
  rationale: 'After a driver upgrade without a reboot the old kernel module keeps running: the fixes the upgrade was for are not in effect, and NVML refuses to work ("Driver/library version mismatch").',
  severity: 'high',
  pillar: 'devices',
  function: 'Policy Enforcement & Compliance Monitoring',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.host'],
  references: ['NVIDIA driver README: "Driver/library version mismatch" (nvidia-smi, NVML)', 'NIST SP 800-53 SI-2(2)'],
  remediation: 'Reboot the host (or stop GPU workloads, then rmmod nvidia_uvm nvidia_drm nvidia_modeset nvidia and modprobe nvidia) so the kernel module of the installed driver is loaded.',
  messages: {
    mismatch: 'kernel module {{module}} ({{source}}) differs from the user-space driver {{userspace}}: upgraded without a reboot?',
    nvml: 'nvidia-smi reports a driver/library version mismatch: {{reason}}',
    match: 'kernel module {{module}} matches the user-space driver',
  },
  evaluate({ 'gpu.host': host }, ctx) {
    if (host.smi.reason && /version mismatch/i.test(host.smi.reason)) return ctx.fail('nvml', { reason: host.smi.reason });
    const km = host.kernelModule;
    if (!km) return ctx.notApplicable('no NVIDIA kernel module version (/proc/driver/nvidia/version, /sys/module/nvidia/version)');
    const userspace = host.libraryVersions.length > 0 ? host.libraryVersions : host.smi.driverVersion ? [host.smi.driverVersion] : [];
    if (userspace.length === 0) return ctx.notApplicable('no user-space driver version (libnvidia-ml.so.<version>) to compare with');
    if (userspace.includes(km.version)) return ctx.pass('match', { module: km.version });
    return ctx.fail('mismatch', { module: km.version, source: km.source, userspace: userspace.join(', ') }, { evidence: `module ${km.version}; libnvidia-ml ${host.libraryVersions.join(' ') || '-'}; nvidia-smi ${host.smi.driverVersion ?? '-'}` });
  },
});
