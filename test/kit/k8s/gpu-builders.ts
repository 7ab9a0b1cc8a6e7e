// GPU pods for the k8s.gpu.* tables.
import type { Container } from '../../../src/kit/k8s/types.js';
import { daemonSet, deployment, goodContainer, goodSpec, workloadFacts } from './builders.js';

/** A container that passes every workload check and gets one GPU through its limits. */
export const gpuContainer = (extra: Partial<Container> = {}): Container =>
  goodContainer('trainer', { resources: { limits: { cpu: '4', memory: '16Gi', 'nvidia.com/gpu': 1 }, requests: { cpu: '2', memory: '8Gi' } }, ...extra });

export const gpuWorkload = (extraContainer: Partial<Container> = {}, specExtra: Record<string, unknown> = {}) =>
  workloadFacts(deployment('trainer', 'ml', goodSpec({ containers: [gpuContainer(extraContainer)], ...specExtra })));

/** A cluster with no GPU pod, only a plain web deployment. */
export const noGpuPods = () => workloadFacts(deployment('web', 'shop', goodSpec()));

export const operatorDaemonSet = (image: string) => daemonSet('nvidia-device-plugin-daemonset', 'gpu-operator', goodSpec({ containers: [goodContainer('nvidia-device-plugin', { image })] }));
