import { describe, expect, it } from 'vitest';
import { factKeyOf } from '../../../src/providers/kubernetes/resources.js';

describe('factKeyOf', () => {
  it('sorts objects into their facts by kind and API group', () => {
    expect(factKeyOf({ apiVersion: 'apps/v1', kind: 'Deployment' })).toBe('k8s.workloads');
    expect(factKeyOf({ apiVersion: 'v1', kind: 'ReplicationController' })).toBe('k8s.workloads');
    expect(factKeyOf({ apiVersion: 'batch/v1', kind: 'CronJob' })).toBe('k8s.workloads');
    expect(factKeyOf({ apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy' })).toBe('k8s.mesh');
    expect(factKeyOf({ apiVersion: 'policy.linkerd.io/v1beta3', kind: 'Server' })).toBe('k8s.mesh');
    expect(factKeyOf({ apiVersion: 'kyverno.io/v1', kind: 'ClusterPolicy' })).toBe('k8s.admission');
    expect(factKeyOf({ apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind: 'K8sRequiredLabels' })).toBe('k8s.admission');
    expect(factKeyOf({ apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy' })).toBe('k8s.admission');
    expect(factKeyOf({ kind: 'Secret' })).toBe('k8s.secrets');
  });
  it('ignores kinds no check reads and same-named kinds of other groups', () => {
    expect(factKeyOf({ apiVersion: 'v1', kind: 'Event' })).toBeUndefined();
    expect(factKeyOf({ apiVersion: 'example.com/v1', kind: 'Server' })).toBeUndefined();
  });
});
