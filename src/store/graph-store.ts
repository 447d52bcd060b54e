import pRetry, { AbortError } from 'p-retry';
import { articleGraphs, provenanceUpdate } from './article-graphs.js';
import { storeCredentials } from './credentials.js';
import type { StoreEndpoints } from './endpoints.js';
import { StoreAuth, type AuthedResponse } from './store-auth.js';

/** A request the store refused or could not take; `retry` says whether trying again may help (down, busy). */
export class StoreError extends Error {
  constructor(message: string, readonly retry: boolean) {
    super(message);
  }
}

/** How long and how often writes are retried while the store is down or busy. */
export interface RetryPolicy {
  /** Give up after this many milliseconds of failed attempts (default: 30 minutes). */
  maxRetryMs: number;
  /** First and longest wait between attempts, in milliseconds (default 500 and 15,000, doubling). */
  minDelayMs: number;
  maxDelayMs: number;
  /** Called before each wait, with the reason (for a log line). */
  onRetry?: (reason: string, attempt: number) => void;
}

const DEFAULT_POLICY: RetryPolicy = { maxRetryMs: 30 * 60_000, minDelayMs: 500, maxDelayMs: 15_000 };

/**
 * Writes articles to a SPARQL store: each article's named graph with a Graph Store Protocol PUT, its provenance with
 * SPARQL Update. Credentials from FAKTUM_STORE_USER / FAKTUM_STORE_PASSWORD, in HTTP Basic or Digest (StoreAuth).
 */
export class GraphStoreClient {
  private readonly auth: StoreAuth | { error: string };
  private readonly policy: RetryPolicy;

  constructor(readonly endpoints: StoreEndpoints, policy: Partial<RetryPolicy> = {}, private readonly timeoutMs = 60_000) {
    this.policy = { ...DEFAULT_POLICY, ...policy };
    const credentials = storeCredentials();
    this.auth = credentials && 'error' in credentials ? credentials : new StoreAuth(credentials);
  }

  /**
   * Writes one article given as N-Quads; resolves only once the store accepted both requests (PUT replaces the
   * graph, so writing it again never duplicates triples). Retries with backoff while the store is down; rejects
   * with a StoreError when the store refuses it or stays down past the policy.
   */
  async writeArticle(nquads: string): Promise<{ graph: string; triples: number }> {
    const article = articleGraphs(nquads);
    if ('error' in article) throw new StoreError(article.error, false);
    if ('error' in this.auth) throw new StoreError(this.auth.error, false);
    const url = new URL(this.endpoints.graphStore);
    url.searchParams.set('graph', article.graph);
    // Virtuoso names the parameter graph-uri; other stores ignore an unknown parameter.
    if (/sparql-graph-crud/.test(url.pathname)) url.searchParams.set('graph-uri', article.graph);
    await this.retrying(() => this.send(url.toString(), 'PUT', 'application/n-triples', article.triples));
    await this.retrying(() => this.send(this.endpoints.update, 'POST', 'application/sparql-update', provenanceUpdate(article)));
    return { graph: article.graph, triples: article.triples.split('\n').filter(Boolean).length };
  }

  private retrying(attempt: () => Promise<void>): Promise<void> {
    const { maxRetryMs, minDelayMs, maxDelayMs, onRetry } = this.policy;
    return pRetry(
      async () => {
        try {
          await attempt();
        } catch (error) {
          if (error instanceof StoreError && !error.retry) throw new AbortError(error);
          throw error;
        }
      },
      // `forever` keeps the longest wait after the 30th attempt (retries: Infinity would make the retry module build an
      // endless list of waits); maxRetryTime ends it.
      { retries: 30, forever: true, randomize: true, maxRetryTime: maxRetryMs, minTimeout: minDelayMs, maxTimeout: maxDelayMs, factor: 2, onFailedAttempt: (e) => onRetry?.(e.message, e.attemptNumber) },
    ).catch((error: Error) => {
      throw error instanceof StoreError ? error : new StoreError(error.message, true);
    });
  }

  private async send(url: string, method: string, type: string, body: string): Promise<void> {
    const auth = this.auth as StoreAuth;
    const headers: Record<string, string> = { 'content-type': `${type}; charset=utf-8` };
    let answer: AuthedResponse;
    try {
      answer = await auth.fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw new StoreError(`store unreachable (${cause}) at ${new URL(url).origin}`, true);
    }
    const { response } = answer;
    if (response.ok) {
      await response.arrayBuffer();
      return;
    }
    const text = (await response.text()).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
    const retry = response.status >= 500 || response.status === 429 || response.status === 408;
    const hint = response.status === 401 || response.status === 403 ? ` (${auth.hint(answer)})` : '';
    throw new StoreError(`store answered ${response.status} to ${method} ${new URL(url).pathname}${hint}${text ? `: ${text}` : ''}`, retry);
  }
}
