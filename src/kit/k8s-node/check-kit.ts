// Builders for the CIS Kubernetes node-file checks (1.1.x control plane, 4.1.x every node): a
// permissions check ("grants nothing beyond MAX", kube-bench's bitmask test) and an ownership
// check (owner:group by name, kube-bench's %U:%G). They read linux.kubernetes-node, the host
// collector's view of the node (--local on the node, --root on a mounted node image). Each check
// still lives in its own file under checks/kubernetes/, named by its id. Pure: no I/O.
import { defineCheck, type Check, type CheckContext, type CheckOutcome } from '../../engine/check.js';
import type { Pillar, Severity } from '../../engine/types.js';
import { K8S_NODE_CANDIDATES, K8S_PKI_DIR, PKI_MAX_ENTRIES, type K8sNodeItem } from './paths.js';
import type { K8sNodeFacts, K8sNodeFile } from '../linux/facts.js';

/** Which files a check looks at: a candidate list, the etcd data directory, or all of /etc/kubernetes/pki. */
export type K8sNodeTarget = K8sNodeItem | 'etcdDataDir' | 'pki';

interface NodeFileMeta {
  id: string;
  /** the one CIS Kubernetes v1.12 item this check implements */
  cis: string;
  title: string;
  rationale?: string;
  severity: Severity;
  pillar?: Pillar;
  function?: string;
  target: K8sNodeTarget;
  /** what the files are, for messages ("API server pod specification file") */
  what: string;
  remediation: string;
}

export const NOT_A_NODE = 'not a Kubernetes node: no kubelet or control-plane files';
export const NOT_CONTROL_PLANE = 'not a control-plane node: no static pod manifests or control-plane kubeconfigs';

const octal = (n: number): string => n.toString(8).padStart(4, '0');
const evidenceOf = (f: K8sNodeFile): string => `${f.path} ${octal(f.mode)} ${f.owner}:${f.group} (uid ${f.uid}, gid ${f.gid})`;
const isDenied = (path: string, denied: readonly string[]): boolean => denied.some((d) => d === path || (d.endsWith('/') && path.startsWith(d)));
const controlPlaneTarget = (t: K8sNodeTarget): boolean => !['kubeletService', 'kubeletKubeconfig', 'kubeletConfig'].includes(t);

interface Selection {
  files: K8sNodeFile[];
  /** paths that may exist but could not be looked at */
  unknown: string[];
  /** why there is nothing to assess */
  none: string;
  /** a reason the selection is incomplete */
  incomplete?: string;
}

/** The files of one target that exist on the node, and those whose state is unknown. */
export function selectNodeFiles(node: K8sNodeFacts, target: K8sNodeTarget, what: string): Selection {
  const byPath = new Map(node.files.map((f) => [f.path, f]));
  if (target === 'pki') {
    const under = (p: string): boolean => p === K8S_PKI_DIR || p.startsWith(`${K8S_PKI_DIR}/`);
    const sel: Selection = {
      files: node.files.filter((f) => under(f.path)),
      unknown: node.denied.filter(under),
      none: `${K8S_PKI_DIR} does not exist`,
    };
    if (node.pkiTruncated) sel.incomplete = `${K8S_PKI_DIR} holds more than ${PKI_MAX_ENTRIES} entries; only the first ${PKI_MAX_ENTRIES} were checked`;
    return sel;
  }
  if (target === 'etcdDataDir') {
    const dir = node.etcdDataDir;
    if (!dir) return { files: [], unknown: [], none: 'no etcd data directory on this node (no etcd process, manifest --data-dir or default location)' };
    const f = byPath.get(dir.path);
    return {
      files: f ? [f] : [],
      unknown: !f && isDenied(dir.path, node.denied) ? [dir.path] : [],
      none: `the etcd data directory ${dir.path} (from the ${dir.source}) does not exist`,
    };
  }
  const candidates = K8S_NODE_CANDIDATES[target];
  return {
    files: candidates.flatMap((p) => byPath.get(p) ?? []),
    unknown: candidates.filter((p) => !byPath.has(p) && isDenied(p, node.denied)),
    none: `no ${what} on this node (looked in ${candidates.length} places, e.g. ${candidates[0] ?? ''})`,
  };
}

/** Applicability first, then one outcome per file (and an error per path that could not be looked at). */
function assess<M extends string>(node: K8sNodeFacts, rule: NodeFileMeta, ctx: CheckContext<M>, judge: (f: K8sNodeFile) => CheckOutcome): CheckOutcome | CheckOutcome[] {
  const sel = selectNodeFiles(node, rule.target, rule.what);
  const unknown = sel.unknown.map((p) => ctx.error(`cannot look at ${p}: permission denied (run the collector as root)`, { resource: { kind: 'file', name: p } }));
  if (node.role === 'none') return unknown.length ? unknown : ctx.notApplicable(NOT_A_NODE);
  if (controlPlaneTarget(rule.target) && node.role !== 'control-plane') return unknown.length ? unknown : ctx.notApplicable(NOT_CONTROL_PLANE);
  const out = [...sel.files.map(judge), ...unknown];
  if (sel.incomplete) out.push(ctx.error(sel.incomplete, { resource: { kind: 'file', name: `${K8S_PKI_DIR}/*` } }));
  return out.length ? out : ctx.notApplicable(sel.none);
}

const common = (rule: NodeFileMeta, pillar: Pillar) => ({
  id: rule.id,
  title: rule.title,
  ...(rule.rationale ? { rationale: rule.rationale } : {}),
  severity: rule.severity,
  pillar,
  function: rule.function ?? (pillar === 'data' ? 'Data Protection' : 'Policy Enforcement & Compliance Monitoring'),
  stage: 'initial' as const,
  targetKinds: ['linux'] as const,
  facts: ['linux.kubernetes-node'] as const,
  cis: [rule.cis],
  references: [`CIS Kubernetes Benchmark v1.12 ${rule.cis}`],
  remediation: rule.remediation,
});

/** The files' permission bits grant nothing beyond maxMode (kube-bench: `permissions bitmask MAX`). */
export function k8sNodePermsCheck(rule: NodeFileMeta & { maxMode: number }): Check {
  return defineCheck({
    ...common(rule, rule.pillar ?? 'devices'),
    messages: {
      tooOpen: '{{path}} has mode {{mode}}: the {{what}} must grant nothing beyond {{max}}',
      ok: '{{path}} has mode {{mode}} (at most {{max}})',
    },
    evaluate({ 'linux.kubernetes-node': node }, ctx) {
      return assess(node, rule, ctx, (f) => {
        const data = { path: f.path, mode: octal(f.mode), max: octal(rule.maxMode), what: rule.what };
        const opts = { resource: { kind: 'file', name: f.path }, evidence: evidenceOf(f) };
        return (f.mode & ~rule.maxMode & 0o7777) === 0 ? ctx.pass('ok', data, opts) : ctx.fail('tooOpen', data, opts);
      });
    },
  });
}

/** The files belong to owner:group, by name (kube-bench: `stat -c %U:%G`). */
export function k8sNodeOwnerCheck(rule: NodeFileMeta & { owner: string; group: string }): Check {
  const expected = `${rule.owner}:${rule.group}`;
  return defineCheck({
    ...common(rule, rule.pillar ?? 'devices'),
    messages: {
      wrongOwner: '{{path}} is owned by {{owner}}:{{group}} (the {{what}} must be owned by {{expected}})',
      ok: '{{path}} is owned by {{owner}}:{{group}}',
    },
    evaluate({ 'linux.kubernetes-node': node }, ctx) {
      return assess(node, rule, ctx, (f) => {
        const data = { path: f.path, owner: f.owner, group: f.group, expected, what: rule.what };
        const opts = { resource: { kind: 'file', name: f.path }, evidence: evidenceOf(f) };
        return f.owner === rule.owner && f.group === rule.group ? ctx.pass('ok', data, opts) : ctx.fail('wrongOwner', data, opts);
      });
    },
  });
}
