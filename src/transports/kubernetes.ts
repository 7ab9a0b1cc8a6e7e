// A thin read-only Kubernetes API client. @kubernetes/client-node does what is hard to get right
// (kubeconfig merging, contexts, client certificates, bearer tokens, exec/OIDC plugins, proxies)
// through KubeConfig.applyToHTTPSOptions; the requests themselves are plain GETs so every list
// comes back as the JSON the server sent (no model classes, no Date objects) with its status code.
// The library is imported lazily so `--help` and `checks list` never load it.
import * as http from 'node:http';
import * as https from 'node:https';
import { UsageError, errorMessage } from '../engine/errors.js';

export interface KubeTarget {
  kubeconfig?: string;
  context?: string;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A failed API call: `status` 0 means no HTTP answer (connection, TLS, timeout). */
export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'KubeApiError';
  }
}

export interface KubeList {
  apiVersion?: string;
  kind?: string;
  items: Record<string, unknown>[];
}

export class KubeApi {
  private constructor(
    private readonly server: URL,
    private readonly requestOptions: https.RequestOptions,
    readonly contextName: string,
    readonly clusterName: string,
    private readonly timeoutMs: number,
    private readonly signal?: AbortSignal,
  ) {}

  /** Load the kubeconfig (file, or KUBECONFIG / ~/.kube/config / in-cluster) and pick the context. */
  static async connect(target: KubeTarget, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<KubeApi> {
    const { KubeConfig } = await import('@kubernetes/client-node');
    const kc = new KubeConfig();
    try {
      if (target.kubeconfig) kc.loadFromFile(target.kubeconfig);
      else kc.loadFromDefault();
    } catch (err) {
      throw new UsageError(`cannot load kubeconfig${target.kubeconfig ? ` ${target.kubeconfig}` : ''}: ${errorMessage(err).split('\n')[0]}`);
    }
    // With nothing to load, the library falls back to an unauthenticated http://localhost:8080.
    const fallback = kc.getCurrentCluster();
    if (!target.kubeconfig && fallback?.name === 'cluster' && fallback.server === 'http://localhost:8080' && kc.getCurrentUser()?.name === 'user') {
      throw new UsageError('no kubeconfig found: pass --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config');
    }
    if (target.context) {
      if (!kc.getContextObject(target.context)) throw new UsageError(`kubeconfig has no context "${target.context}"`);
      kc.setCurrentContext(target.context);
    }
    const cluster = kc.getCurrentCluster();
    if (!cluster?.server) throw new UsageError(`kubeconfig context "${kc.getCurrentContext() || '(none)'}" names no cluster server`);
    let server: URL;
    try {
      server = new URL(cluster.server);
    } catch {
      throw new UsageError(`kubeconfig cluster ${cluster.name}: bad server URL ${cluster.server}`);
    }
    const options: https.RequestOptions = {};
    try {
      await kc.applyToHTTPSOptions(options);
    } catch (err) {
      // e.g. an exec credential plugin that is missing or failed
      throw new KubeApiError(0, `credentials for context ${kc.getCurrentContext()}: ${errorMessage(err).split('\n')[0]}`);
    }
    return new KubeApi(server, options, kc.getCurrentContext(), cluster.name, opts.timeoutMs ?? 30_000, opts.signal);
  }

  /** GET a path under the server URL (which may itself carry a path prefix, e.g. Rancher). */
  get(path: string, query: Record<string, string | number | undefined> = {}): Promise<ApiAnswer> {
    const url = new URL(this.server.href.replace(/\/$/, '') + path);
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    const lib = url.protocol === 'http:' ? http : https;
    const headers = { ...(this.requestOptions.headers as Record<string, string> | undefined), Accept: 'application/json' };
    return new Promise<ApiAnswer>((resolve, reject) => {
      const req = lib.request(
        url,
        { ...this.requestOptions, method: 'GET', headers, timeout: this.timeoutMs, ...(this.signal ? { signal: this.signal } : {}) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (err) => reject(new KubeApiError(0, `GET ${path}: ${err.message}`)));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {
              /* not JSON (e.g. a proxy's HTML error page): keep the text */
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timed out after ${this.timeoutMs} ms`)));
      req.on('error', (err) => reject(new KubeApiError(0, `GET ${path}: ${err.message}`)));
      req.end();
    });
  }

  /** GET that must answer 200; anything else is a KubeApiError carrying the status. */
  async getOk(path: string, query: Record<string, string | number | undefined> = {}): Promise<unknown> {
    const answer = await this.get(path, query);
    if (answer.status !== 200) throw new KubeApiError(answer.status, `GET ${path}: HTTP ${answer.status}${statusMessage(answer.body)}`);
    return answer.body;
  }

  /** Every item of a collection, one paged LIST (`limit` / `continue`) after the other. */
  async listAll(path: string, pageSize = 500): Promise<KubeList> {
    const items: Record<string, unknown>[] = [];
    let cont: string | undefined;
    let first: { apiVersion?: string; kind?: string } = {};
    let pages = 0;
    do {
      const body = (await this.getOk(path, { limit: pageSize, continue: cont })) as {
        apiVersion?: string;
        kind?: string;
        items?: unknown;
        metadata?: { continue?: string };
      };
      if (!body || typeof body !== 'object' || !Array.isArray(body.items)) throw new KubeApiError(200, `GET ${path}: answer is not a list`);
      if (pages++ === 0) first = { ...(body.apiVersion ? { apiVersion: body.apiVersion } : {}), ...(body.kind ? { kind: body.kind } : {}) };
      items.push(...(body.items as Record<string, unknown>[]));
      cont = body.metadata?.continue || undefined;
      // A server that keeps handing out tokens must not loop forever.
      if (pages > 10_000) throw new KubeApiError(200, `GET ${path}: more than 10000 pages`);
    } while (cont);
    return { ...first, items };
  }
}

const statusMessage = (body: unknown): string => {
  const m = body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
  return typeof m === 'string' && m ? `: ${m.split('\n')[0]}` : '';
};
