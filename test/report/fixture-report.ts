// A report covering every severity and status, with and without source locations, accepted
// risks, a warn with measured credit, an unreachable target and hostile characters.
import { fingerprint } from '../../src/engine/fingerprint.js';
import type { ResourceRef, Result, Severity, Status } from '../../src/engine/types.js';
import type { Report, ReportCheck, ReportTarget } from '../../src/report/model.js';
import { summarize } from '../../src/report/summary.js';
import { computeScore } from '../../src/scoring/score.js';

export const fixtureChecks: ReportCheck[] = [
  {
    id: 'k8s.rbac.cluster-admin-binding',
    title: 'No subject besides system groups is bound to cluster-admin',
    severity: 'critical',
    pillar: 'identity',
    function: 'Access Management',
    stage: 'initial',
    targetKinds: ['kubernetes'],
    references: ['CIS Kubernetes 1.12 5.1.1'],
    remediation: 'Bind narrower roles instead of cluster-admin.',
    rationale: 'cluster-admin grants every verb on every resource.',
  },
  {
    id: 'k8s.workload.privileged',
    title: 'Containers do not run privileged',
    severity: 'high',
    pillar: 'applications_workloads',
    stage: 'initial',
    targetKinds: ['kubernetes'],
    references: ['CIS Kubernetes 1.12 5.2.2', 'NSA/CISA Kubernetes Hardening'],
    remediation: 'Set securityContext.privileged to false.',
  },
  {
    id: 'k8s.netpol.default-deny-ingress',
    title: 'Every namespace has a default-deny ingress NetworkPolicy',
    severity: 'medium',
    pillar: 'networks',
    function: 'Network Segmentation',
    stage: 'advanced',
    targetKinds: ['kubernetes'],
    references: [],
    remediation: 'Add a NetworkPolicy with podSelector {} and policyTypes [Ingress].',
  },
  {
    id: 'linux.ssh.permit-root-login',
    title: 'sshd refuses root logins',
    severity: 'high',
    pillar: 'identity',
    function: 'Authentication',
    stage: 'initial',
    targetKinds: ['linux'],
    references: ['CIS Debian Linux 12 v1.1.0 5.1.20'],
    remediation: 'Set PermitRootLogin no in sshd_config and reload sshd.',
  },
  {
    id: 'linux.audit.auditd-enabled',
    title: 'auditd is enabled',
    severity: 'low',
    pillar: 'visibility_analytics',
    stage: 'traditional',
    targetKinds: ['linux'],
    references: [],
    remediation: 'systemctl enable --now auditd',
  },
  {
    id: 'linux.fs.tmp-noexec',
    title: '/tmp is mounted noexec',
    severity: 'medium',
    pillar: 'devices',
    stage: 'advanced',
    targetKinds: ['linux'],
    references: [],
    remediation: 'Mount /tmp with noexec.',
  },
];

export const fixtureTargets: ReportTarget[] = [
  { id: 'kubernetes:prod', kind: 'kubernetes', name: 'prod', status: 'ok', durationMs: 120 },
  { id: 'linux:web1', kind: 'linux', name: 'web1', address: '10.0.0.5', labels: { env: 'prod' }, status: 'ok', durationMs: 80 },
  { id: 'linux:db1', kind: 'linux', name: 'db1', status: 'unreachable', error: 'connect ECONNREFUSED', durationMs: 5 },
];

const severityOf = (checkId: string): Severity => fixtureChecks.find((c) => c.id === checkId)!.severity;

export function result(checkId: string, targetId: string, status: Status, extra: Partial<Result> & { resource?: ResourceRef } = {}): Result {
  return {
    checkId,
    targetId,
    status,
    severity: severityOf(checkId),
    message: extra.message ?? `${checkId} ${status}`,
    fingerprint: fingerprint(checkId, targetId, extra.resource),
    ...extra,
  };
}

export function fixtureResults(): Result[] {
  const deploy = (ns: string, name: string): ResourceRef => ({ kind: 'Deployment', namespace: ns, name });
  return [
    result('k8s.rbac.cluster-admin-binding', 'kubernetes:prod', 'fail', {
      resource: { kind: 'ClusterRoleBinding', name: 'ci-admin' },
      message: 'ClusterRoleBinding ci-admin binds cluster-admin to <ServiceAccount> "ci" & friends',
      location: { file: 'manifests/rbac.yaml', line: 12 },
      messageId: 'bound',
    }),
    result('k8s.workload.privileged', 'kubernetes:prod', 'fail', { resource: deploy('shop', 'web'), location: { file: 'manifests/shop/web.yaml', line: 30 } }),
    result('k8s.workload.privileged', 'kubernetes:prod', 'pass', { resource: deploy('shop', 'api') }),
    result('k8s.workload.privileged', 'kubernetes:prod', 'fail', {
      resource: deploy('legacy', 'batch'),
      exception: { reason: 'vendor requirement, ticket SEC-12', expires: '2099-01-01', pattern: 'k8s.workload.privileged' },
    }),
    result('k8s.netpol.default-deny-ingress', 'kubernetes:prod', 'fail', { resource: { kind: 'Namespace', name: 'shop' } }),
    result('k8s.netpol.default-deny-ingress', 'kubernetes:prod', 'warn', { resource: { kind: 'Namespace', name: 'legacy' }, credit: 0.25 }),
    result('k8s.netpol.default-deny-ingress', 'kubernetes:prod', 'not_applicable', { resource: { kind: 'Namespace', name: 'kube-system' } }),
    result('linux.ssh.permit-root-login', 'linux:web1', 'fail', { message: 'PermitRootLogin is yes', evidence: 'sshd -T: permitrootlogin yes' }),
    result('linux.audit.auditd-enabled', 'linux:web1', 'fail', { message: 'auditd is disabled\u0007 | pipes\nand newlines' }),
    result('linux.fs.tmp-noexec', 'linux:web1', 'error', { message: 'findmnt: permission denied' }),
    result('linux.ssh.permit-root-login', 'linux:db1', 'error', { message: 'target unreachable: connect ECONNREFUSED' }),
    result('linux.audit.auditd-enabled', 'linux:db1', 'error', { message: 'target unreachable: connect ECONNREFUSED' }),
    result('linux.fs.tmp-noexec', 'linux:db1', 'error', { message: 'target unreachable: connect ECONNREFUSED' }),
  ];
}

export function fixtureReport(overrides: Partial<Report> = {}): Report {
  const results = overrides.results ?? fixtureResults();
  const checks = overrides.checks ?? fixtureChecks;
  return {
    schemaVersion: '1',
    tool: { name: 'ztaudit', version: '0.1.0' },
    scan: { id: 'scan-0001', startedAt: '2026-11-23T10:00:00.000Z', finishedAt: '2026-11-23T10:00:02.500Z', durationMs: 2500 },
    targets: fixtureTargets,
    checks,
    results,
    score: computeScore(results, checks),
    summary: summarize(results),
    gate: { passed: false, reasons: ['1 critical finding at or above --fail-on high'] },
    expiredExceptions: [{ check: 'linux.*', target: 'linux:web1', reason: 'temporary', expires: '2026-01-01' }],
    ...overrides,
  };
}

/** `targets` Linux hosts with `perTarget` results each, cycling through the fixture's checks and statuses. */
export function bigReport(targets: number, perTarget: number): Report {
  const statuses = ['pass', 'fail', 'pass', 'warn', 'error', 'not_applicable'] as const;
  const ts: ReportTarget[] = [];
  const results: Result[] = [];
  for (let t = 0; t < targets; t++) {
    const id = `linux:host-${String(t).padStart(5, '0')}`;
    ts.push({ id, kind: 'linux', name: id.slice(6), status: t % 997 === 0 ? 'unreachable' : 'ok', durationMs: 10, ...(t % 997 === 0 ? { error: 'connect ETIMEDOUT' } : {}) });
    for (let k = 0; k < perTarget; k++) {
      const check = fixtureChecks[k % fixtureChecks.length]!;
      const resource = { kind: 'file', name: `/etc/conf-${k}` };
      results.push({ checkId: check.id, targetId: id, status: statuses[(t + k) % statuses.length]!, severity: check.severity, message: `${check.title}: finding ${k}`, resource, fingerprint: fingerprint(check.id, id, resource) });
    }
  }
  return fixtureReport({ targets: ts, results, score: computeScore(results, fixtureChecks), summary: summarize(results), expiredExceptions: [] });
}
