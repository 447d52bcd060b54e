import { storeCredentials } from './credentials.js';
import { StoreAuth, type AuthedResponse } from './store-auth.js';

/** What an endpoint answered: the body as text, or why not (unreachable, refused, timed out). */
export type EndpointAnswer = { ok: true; body: string } | { ok: false; reason: string };

/**
 * Sends a query to a SPARQL 1.1 Protocol endpoint (POST, form-encoded), asking for `accept`. Credentials come from
 * FAKTUM_STORE_USER / FAKTUM_STORE_PASSWORD (HTTP Basic or Digest, see StoreAuth). The timeout also goes to the
 * server as Virtuoso's `timeout` parameter (milliseconds), which other stores ignore.
 */
export async function queryEndpoint(endpoint: string, query: string, accept: string, timeoutMs: number): Promise<EndpointAnswer> {
  const headers: Record<string, string> = { accept, 'content-type': 'application/x-www-form-urlencoded' };
  const credentials = storeCredentials();
  if (credentials && 'error' in credentials) return { ok: false, reason: credentials.error };
  const auth = new StoreAuth(credentials);
  let answer: AuthedResponse;
  try {
    const body = new URLSearchParams({ query, timeout: String(timeoutMs) });
    answer = await auth.fetch(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { ok: false, reason: `no answer within ${timeoutMs / 1000} s (--timeout)` };
    const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
    const code = cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message;
    return { ok: false, reason: `cannot reach ${endpoint} (${code})` };
  }
  const { response } = answer;
  const body = await response.text();
  const hint = response.status === 401 || response.status === 403 ? ` (${auth.hint(answer)})` : '';
  const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 400);
  if (!response.ok) return { ok: false, reason: `${endpoint} answered ${response.status}${hint}${text ? `: ${text}` : ''}` };
  return { ok: true, body };
}
