import DigestClient from 'digest-fetch';
import { STORE_AUTH_ENV, STORE_PASSWORD_ENV, STORE_USER_ENV, type AuthScheme, type StoreCredentials } from './credentials.js';

/** The scheme a request was sent with. */
export type SentScheme = 'none' | 'basic' | 'digest';

/** A store's answer and how the request was authenticated, for an error message that names no secret. */
export interface AuthedResponse {
  response: Response;
  /** The scheme the (last) request carried. */
  sent: SentScheme;
  /** The scheme the store asked for in a `WWW-Authenticate` challenge, lower case, when it sent one. */
  asked?: string;
}

/** The scheme a `WWW-Authenticate` header asks for: Digest before Basic when it offers both; else its first word. */
export function challengeScheme(header: string | null): string | undefined {
  if (!header) return undefined;
  if (/(^|[\s,])Digest\s/i.test(header)) return 'digest';
  if (/(^|[\s,])Basic(\s|$)/i.test(header)) return 'basic';
  return /^\s*([\w-]+)/.exec(header)?.[1].toLowerCase();
}

/**
 * Sends requests to a store with the credentials of the environment, in HTTP Basic or HTTP Digest (the npm package
 * digest-fetch). With scheme `auto` the first request goes without credentials and the store's 401 challenge
 * decides; the scheme and the latest Digest challenge are then kept, so later requests carry credentials at once.
 * `basic` sends Basic from the first request; `digest` never sends the password in Basic, whatever the store asks.
 * Bodies must be replayable (strings, URLSearchParams): a request may be sent twice.
 */
export class StoreAuth {
  private scheme: 'basic' | 'digest' | undefined;
  private challenge: string | undefined;

  constructor(private readonly credentials: StoreCredentials | undefined) {
    if (credentials?.scheme === 'basic') this.scheme = 'basic';
  }

  /** `fetch(url, init)` with authentication; a refusal is returned as the store's response, never thrown. */
  async fetch(url: string, init: RequestInit): Promise<AuthedResponse> {
    const credentials = this.credentials;
    if (!credentials) return this.plain(url, init);
    if (this.scheme === 'basic') return { response: await new DigestClient(credentials.user, credentials.password, { basic: true }).fetch(url, copy(init)), sent: 'basic' };
    if (this.scheme === 'digest' && this.challenge) return this.digest(credentials, url, init);
    const probe = await this.plain(url, init);
    const allowed = probe.asked === 'digest' || (probe.asked === 'basic' && credentials.scheme === 'auto');
    if (probe.response.status !== 401 || !allowed) return probe;
    await probe.response.arrayBuffer();
    this.scheme = probe.asked as 'basic' | 'digest';
    if (this.scheme === 'basic') return { ...(await this.fetch(url, init)), asked: 'basic' };
    this.challenge = probe.response.headers.get('www-authenticate') ?? '';
    return this.digest(credentials, url, init);
  }

  /** Why the store refused `answer` (401 / 403), for an error message. */
  hint(answer: AuthedResponse): string {
    return refusalHint(answer, this.credentials?.scheme);
  }

  private async plain(url: string, init: RequestInit): Promise<AuthedResponse> {
    const response = await fetch(url, init);
    return { response, sent: 'none', asked: response.status === 401 ? challengeScheme(response.headers.get('www-authenticate')) : undefined };
  }

  /** One Digest client per request, primed with the latest challenge: concurrent requests share no nonce count. */
  private async digest(credentials: StoreCredentials, url: string, init: RequestInit): Promise<AuthedResponse> {
    const challenge = this.challenge ?? '';
    // digest-fetch takes the algorithm as an option, not from the challenge (it falls back to MD5 for an unknown one).
    const client = new DigestClient(credentials.user, credentials.password, { algorithm: /algorithm="?([\w-]+)/i.exec(challenge)?.[1] ?? 'MD5' });
    client.parseAuth(challenge.slice(Math.max(0, challenge.search(/Digest\s/i))));
    const response = (await client.fetch(url, copy(init))) as Response;
    // digest-fetch answered a stale nonce by parsing the new challenge: keep it for the next requests.
    if (typeof client.lastAuth === 'string' && /Digest\s/i.test(client.lastAuth)) this.challenge = client.lastAuth;
    return { response, sent: 'digest', asked: response.status === 401 ? challengeScheme(response.headers.get('www-authenticate')) : 'digest' };
  }
}

/** digest-fetch writes the Authorization header into the options it is given: each request gets its own copy. */
function copy(init: RequestInit): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string> | undefined) } };
}

/**
 * Why a store said 401 or 403, naming the variables and schemes, never a user name or password. `configured` is
 * the FAKTUM_STORE_AUTH scheme, undefined when no credentials are set.
 */
export function refusalHint(answer: AuthedResponse, configured: AuthScheme | undefined): string {
  const vars = `${STORE_USER_ENV} / ${STORE_PASSWORD_ENV}`;
  const name = (s: string) => (s === 'digest' ? 'Digest' : s === 'basic' ? 'Basic' : s);
  const asked = answer.asked ? `the store asks for HTTP ${name(answer.asked)}` : 'the store names no scheme (no WWW-Authenticate)';
  if (answer.response.status === 403) return `the store denies this request ${answer.sent === 'none' ? 'without credentials' : `to the user in ${STORE_USER_ENV}`}: check its rights`;
  if (answer.sent !== 'none') return `the credentials in ${vars} were refused, sent with HTTP ${name(answer.sent)}`;
  if (!configured) return `no credentials set (${vars}); ${asked}`;
  if (answer.asked === 'basic' && configured === 'digest') return `credentials not sent: ${asked}, but ${STORE_AUTH_ENV}=digest forbids sending the password in Basic`;
  return `credentials not sent: ${asked}; faktum speaks HTTP Basic and Digest`;
}
