import { defineCheck, type CheckOutcome } from '../../src/engine/check.js';
import { gpuName } from '../../src/kit/gpu/check-kit.js';
import { minerOf } from '../../src/kit/gpu/miners.js';

export default defineCheck({
  id: 'gpu.workload.miner-process',
  title: 'No known cryptocurrency miner runs on a GPU',
  rationale: 'Cryptojacking is the most common abuse of stolen GPU capacity (exposed notebooks, leaked cloud keys, poisoned images); a miner on a GPU means someone else is running code on the host.',
  severity: 'critical',
  pillar: 'visibility_analytics',
  function: 'Threat Detection',
  stage: 'initial',
  targetKinds: ['linux'],
  facts: ['gpu.nvidia'],
  references: ['MITRE ATT&CK T1496 Resource Hijacking', 'CISA ZTMM v2.0 Visibility and Analytics: Threat Detection', 'NIST SP 800-53 SI-4'],
  remediation: 'Isolate the host, kill the process, find how it got there (cron, container image, systemd unit, stolen credentials), rotate the credentials it could reach, and rebuild the node.',
  messages: {
    miner: '{{gpu}} runs {{miner}} (pid {{pid}}{{owner}}): {{name}}',
    clean: 'no known miner among {{count}} GPU processes',
  },
  evaluate({ 'gpu.nvidia': smi }, ctx) {
    const out: CheckOutcome[] = [];
    let count = 0;
    for (const g of smi.gpus) {
      for (const p of g.processes) {
        count++;
        const miner = minerOf(p.name);
        if (!miner) continue;
        out.push(
          ctx.fail('miner', { gpu: gpuName(g), miner, pid: p.pid ?? '?', owner: p.user ? `, user ${p.user}` : '', name: p.name }, {
            resource: { kind: 'Process', name: `${p.pid ?? '?'} ${miner}` },
            evidence: `${p.type ?? '?'} ${p.name} ${p.usedMemory ?? ''}`.trim(),
          }),
        );
      }
    }
    return out.length > 0 ? out : ctx.pass('clean', { count });
  },
});
