import { fingerprint } from '../../src/engine/fingerprint.js';
import type { Pillar, Result, Severity, Stage, Status } from '../../src/engine/types.js';
import type { ReportCheck } from '../../src/report/model.js';

export const check = (id: string, severity: Severity, pillar: Pillar = 'identity', stage: Stage = 'initial'): ReportCheck => ({
  id,
  title: id,
  severity,
  pillar,
  stage,
  targetKinds: ['linux'],
  references: [],
  remediation: 'fix it',
});

export const res = (c: ReportCheck, status: Status, opts: { target?: string; resource?: string; credit?: number; excepted?: boolean } = {}): Result => {
  const targetId = opts.target ?? 'linux:a';
  const resource = opts.resource ? { kind: 'File', name: opts.resource } : undefined;
  return {
    checkId: c.id,
    targetId,
    status,
    severity: c.severity,
    message: status,
    fingerprint: fingerprint(c.id, targetId, resource),
    ...(resource ? { resource } : {}),
    ...(opts.credit !== undefined ? { credit: opts.credit } : {}),
    ...(opts.excepted ? { exception: { reason: 'accepted', pattern: c.id } } : {}),
  };
};

/** n checks of one severity, named prefix.0 .. prefix.(n-1) */
export const many = (prefix: string, n: number, severity: Severity, pillar: Pillar = 'identity', stage: Stage = 'initial'): ReportCheck[] =>
  Array.from({ length: n }, (_, i) => check(`${prefix}.${i}`, severity, pillar, stage));
