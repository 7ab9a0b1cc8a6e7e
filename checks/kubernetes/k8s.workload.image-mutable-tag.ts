import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { parseImage } from '../../src/kit/k8s/images.js';

export default defineCheck({
  id: 'k8s.workload.image-mutable-tag',
  title: 'Images are not referenced by :latest or without a tag',
  rationale: 'latest (explicit or implied) changes under the same name: what runs is not what was reviewed, and two replicas may run different code.',
  severity: 'medium',
  pillar: 'applications_workloads',
  function: 'Secure Application Development and Deployment Workflow',
  stage: 'traditional',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['NIST SP 800-190 4.1.5', 'NIST SP 800-190 4.2.2', 'NSA/CISA Kubernetes Hardening Guide v1.2: Container image scanning', 'CISA ZTMM v2.0 Applications and Workloads: Secure Application Development and Deployment Workflow'],
  remediation: 'Reference each image by a release tag, better by digest (image: repo@sha256:...).',
  messages: { mutable: 'mutable image references: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.image-mutable-tag', pods, workloads, ctx, (t) =>
      containerFinding(t, 'mutable', (e) => {
        if (typeof e.container.image !== 'string' || e.container.image.trim() === '') return 'no image';
        const img = parseImage(e.container.image);
        if (img.digest) return undefined;
        if (img.tag === undefined) return `${e.container.image} (no tag: latest)`;
        return img.tag === 'latest' ? e.container.image : undefined;
      }));
  },
});
