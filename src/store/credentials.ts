/** Environment variables holding the store's credentials (never taken on the command line, never logged). */
export const STORE_USER_ENV = 'FAKTUM_STORE_USER';
export const STORE_PASSWORD_ENV = 'FAKTUM_STORE_PASSWORD';
/** Which HTTP authentication scheme to use: `auto` (the one the store asks for, default), `basic` or `digest`. */
export const STORE_AUTH_ENV = 'FAKTUM_STORE_AUTH';

/** The HTTP authentication schemes faktum speaks; `auto` follows the store's `WWW-Authenticate` challenge. */
export type AuthScheme = 'auto' | 'basic' | 'digest';

/** The store's credentials as read from the environment. */
export interface StoreCredentials {
  user: string;
  password: string;
  scheme: AuthScheme;
}

/**
 * The store's credentials from the environment: undefined when FAKTUM_STORE_USER is not set. Errors as data: an
 * unknown FAKTUM_STORE_AUTH (the message names the value, never the password).
 */
export function storeCredentials(env: NodeJS.ProcessEnv = process.env): StoreCredentials | undefined | { error: string } {
  const raw = (env[STORE_AUTH_ENV] ?? '').trim().toLowerCase() || 'auto';
  if (raw !== 'auto' && raw !== 'basic' && raw !== 'digest') return { error: `${STORE_AUTH_ENV} takes auto, basic or digest, not "${env[STORE_AUTH_ENV]}"` };
  const user = env[STORE_USER_ENV];
  if (!user) return undefined;
  return { user, password: env[STORE_PASSWORD_ENV] ?? '', scheme: raw };
}

/** The HTTP Basic `Authorization` header from the environment, or undefined when no user is set. */
export function authorization(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const user = env[STORE_USER_ENV];
  if (!user) return undefined;
  return `Basic ${Buffer.from(`${user}:${env[STORE_PASSWORD_ENV] ?? ''}`).toString('base64')}`;
}

/** A URL as it may be shown: user and password removed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return `${parsed.toString()} (credentials removed)`;
  } catch {
    return '<invalid url>';
  }
}
