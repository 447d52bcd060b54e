/** Environment variables holding the store's credentials (never taken on the command line, never logged). */
export const STORE_USER_ENV = 'FAKTUM_STORE_USER';
export const STORE_PASSWORD_ENV = 'FAKTUM_STORE_PASSWORD';

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
