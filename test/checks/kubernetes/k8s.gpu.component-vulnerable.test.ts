import check from '../../../checks/kubernetes/k8s.gpu.component-vulnerable.js';
import { describe, expect, it } from 'vitest';
import { checkTester, runCheck } from '../../helpers/check-tester.js';
import { forbidden, workloadFacts } from '../../kit/k8s/builders.js';
import { builtinTable } from '../gpu/gpu-facts.js';
import { noGpuPods, operatorDaemonSet } from '../../kit/k8s/gpu-builders.js';

const table = builtinTable();
const with_ = (image: string) => ({ ...workloadFacts(operatorDaemonSet(image)), 'gpu.advisories': table });

checkTester.run(check, {
  pass: [with_('nvcr.io/nvidia/k8s-device-plugin:v0.17.3'), with_('nvcr.io/nvidia/gpu-operator:v26.3.2')],
  fail: [
    { facts: with_('nvcr.io/nvidia/k8s-device-plugin:v0.17.2'), messageId: 'vulnerable', name: 'CVE-2025-23266 (device plugin 0.17.3)' },
    { facts: with_('nvcr.io/nvidia/gpu-operator:v24.6.1'), messageId: 'vulnerable' },
    { facts: with_('nvcr.io/nvidia/k8s/container-toolkit:v1.17.7-ubuntu20.04'), messageId: 'vulnerable' },
  ],
  notApplicable: [{ ...noGpuPods(), 'gpu.advisories': table }],
  error: [{ 'k8s.pods': forbidden('pods'), 'k8s.workloads': [], 'gpu.advisories': table }],
});

describe('k8s.gpu.component-vulnerable finding', () => {
  it('names the component, version, fixed version and CVEs, critical for CVSS 9.0', () => {
    const [r] = runCheck(check, with_('nvcr.io/nvidia/k8s/container-toolkit:v1.16.1'));
    expect(r!.severity).toBe('critical');
    expect(r!.message).toMatch(/^container-toolkit 1\.16\.1 \(nvcr\.io\/nvidia\/k8s\/container-toolkit:v1\.16\.1\) is below 1\.19\.1: CVE-2024-0132, /);
  });
});
