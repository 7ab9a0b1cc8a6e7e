// Collectors by target kind, loaded lazily so `--help` never pulls in ssh2 or the Kubernetes client.
// A kind missing here has no collector in this version: its targets are `unreachable` with that reason.
import type { Collector } from '../kinds/types.js';

export type CollectorRegistry = Readonly<Record<string, () => Promise<Collector>>>;

export const collectors: CollectorRegistry = {
  linux: async () => (await import('./linux/index.js')).linuxCollector,
  kubernetes: async () => (await import('./kubernetes/index.js')).kubernetesCollector,
};
