// A local HTTPS Kubernetes API server for tests: real TLS (throwaway CA made with openssl),
// bearer-token authentication, paged LISTs (limit/continue), 403 and 404 where a test wants them,
// and /api/v1/nodes/NAME/proxy/configz. Binds 127.0.0.1 only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePki } from '../../helpers/pki.js';

export const TOKEN = 'test-token-5c1e9';

export interface FakeCluster {
  /** LIST path (e.g. /api/v1/pods) -> all items; absent path = empty list */
  lists: Map<string, Record<string, unknown>[]>;
  /** LIST paths that answer 403 */
  forbidden: Set<string>;
  /** served API groups: /apis/<group> -> preferred version (others answer 404) */
  groups: Map<string, string>;
  /** node name -> configz body, or an HTTP status to answer instead */
  configz: Map<string, unknown | number>;
  /** page size the server enforces (answers min(limit, pageSize) items per page) */
  pageSize: number;
}

export interface Request {
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
}

export interface FakeApiServer {
  url: string;
  caFile: string;
  dir: string;
  cluster: FakeCluster;
  requests: Request[];
  kubeconfig(opts?: { token?: string; context?: string }): string;
  close(): Promise<void>;
}


const json = (res: import('node:http').ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const statusBody = (code: number, reason: string, message: string) => ({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, code, message });

export async function startFakeApiServer(cluster: Partial<FakeCluster> = {}): Promise<FakeApiServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ztaudit-kube-'));
  const pki = makePki(dir);
  const state: FakeCluster = { lists: new Map(), forbidden: new Set(), groups: new Map(), configz: new Map(), pageSize: 500, ...cluster };
  const requests: Request[] = [];
  const server: Server = createServer({ cert: readFileSync(pki.cert), key: readFileSync(pki.key) }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    requests.push({ path: url.pathname, query: url.searchParams, authorization: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(res, 401, statusBody(401, 'Unauthorized', 'Unauthorized'));
    const path = url.pathname;
    if (path === '/version') return json(res, 200, { major: '1', minor: '31', gitVersion: 'v1.31.2' });
    const configz = /^\/api\/v1\/nodes\/([^/]+)\/proxy\/configz$/.exec(path);
    if (configz) {
      const answer = state.configz.get(decodeURIComponent(configz[1]!));
      if (answer === undefined) return json(res, 404, statusBody(404, 'NotFound', 'node not found'));
      if (typeof answer === 'number') return json(res, answer, statusBody(answer, 'Error', `HTTP ${answer}`));
      return json(res, 200, answer);
    }
    const group = /^\/apis\/([^/]+)$/.exec(path);
    if (group) {
      const version = state.groups.get(group[1]!);
      if (!version) return json(res, 404, statusBody(404, 'NotFound', 'the server could not find the requested resource'));
      return json(res, 200, { kind: 'APIGroup', name: group[1], versions: [{ groupVersion: `${group[1]}/${version}`, version }], preferredVersion: { groupVersion: `${group[1]}/${version}`, version } });
    }
    if (state.forbidden.has(path)) {
      const what = path.split('/').pop();
      return json(res, 403, statusBody(403, 'Forbidden', `${what} is forbidden: User "system:serviceaccount:audit:ztaudit" cannot list resource "${what}" at the cluster scope`));
    }
    // CRD-backed lists exist only when their group is served.
    const crd = /^\/apis\/([^/]+)\/([^/]+)\/[^/]+$/.exec(path);
    if (crd && !crd[1]!.endsWith('k8s.io') && crd[1] !== 'apps' && crd[1] !== 'batch' && state.groups.get(crd[1]!) !== crd[2]) {
      return json(res, 404, statusBody(404, 'NotFound', 'the server could not find the requested resource'));
    }
    if (!state.lists.has(path) && path.includes('validatingadmissionpolic')) return json(res, 404, statusBody(404, 'NotFound', 'not served'));
    const items = state.lists.get(path) ?? [];
    const limit = Math.min(Number(url.searchParams.get('limit') ?? items.length) || items.length, state.pageSize);
    const start = Number(url.searchParams.get('continue') ?? '0');
    const page = items.slice(start, start + limit);
    const next = start + limit < items.length ? String(start + limit) : undefined;
    return json(res, 200, { kind: 'List', apiVersion: 'v1', metadata: { resourceVersion: '42', ...(next ? { continue: next } : {}) }, items: page });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    caFile: pki.ca,
    dir,
    cluster: state,
    requests,
    kubeconfig({ token = TOKEN, context = 'test-admin' } = {}) {
      const file = join(dir, `kubeconfig-${context}-${requests.length}-${Math.random().toString(36).slice(2)}.yaml`);
      writeFileSync(
        file,
        [
          'apiVersion: v1',
          'kind: Config',
          'clusters:',
          '- name: test-cluster',
          '  cluster:',
          `    server: ${url}`,
          `    certificate-authority: ${pki.ca}`,
          'users:',
          '- name: auditor',
          '  user:',
          `    token: ${token}`,
          '- name: nobody',
          '  user:',
          '    token: not-the-token',
          'contexts:',
          `- name: ${context}`,
          '  context:',
          '    cluster: test-cluster',
          '    user: auditor',
          '- name: other',
          '  context:',
          '    cluster: test-cluster',
          '    user: nobody',
          `current-context: other`,
          '',
        ].join('\n'),
      );
      return file;
    },
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
