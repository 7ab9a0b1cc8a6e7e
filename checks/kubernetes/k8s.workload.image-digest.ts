import { defineCheck } from '../../src/engine/check.js';
import { containerFinding, judgeTemplates } from '../../src/kit/k8s/judge.js';
import { isPinnedDigest, parseImage } from '../../src/kit/k8s/images.js';

export default defineCheck({
  id: 'k8s.workload.image-digest',
  title: 'Images are pinned by digest',
  rationale: 'Tags can be moved by whoever can push to the registry; a digest names exactly the bytes that were scanned and signed.',
  severity: 'low',
  pillar: 'applications_workloads',
  function: 'Secure Application Development and Deployment Workflow',
  stage: 'advanced',
  targetKinds: ['kubernetes'],
  facts: ['k8s.pods', 'k8s.workloads'],
  references: ['NIST SP 800-190 4.1.5', 'NIST SP 800-207 tenet 5', 'CISA ZTMM v2.0 Applications and Workloads: Secure Application Development and Deployment Workflow'],
  remediation: 'Reference images as repo@sha256:<digest> (tools such as kustomize images or a CI step can resolve tags to digests).',
  messages: { unpinned: 'images not pinned by digest: {{containers}}' },
  evaluate({ 'k8s.pods': pods, 'k8s.workloads': workloads }, ctx) {
    return judgeTemplates('k8s.workload.image-digest', pods, workloads, ctx, (t) =>
      containerFinding(t, 'unpinned', (e) => {
        const image = typeof e.container.image === 'string' ? e.container.image : '';
        return isPinnedDigest(parseImage(image).digest) ? undefined : image || 'no image';
      }));
  },
});
