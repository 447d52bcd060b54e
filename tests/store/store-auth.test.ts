import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeCredentials, type StoreCredentials } from '../../src/store/credentials.js';
import { challengeScheme, StoreAuth } from '../../src/store/store-auth.js';

const USER = 'redaktion';
const PASSWORD = 'Geheimnis-7;x';
const hash = (algorithm: string) => (s: string) => createHash(algorithm).update(s).digest('hex');
const field = (h: string, name: string) => new RegExp(`(?:^|[\\s,])${name}="?([^",]*)"?`).exec(h)?.[1] ?? '';

/** RFC 7616 check of a Digest `Authorization` header (qop=auth), as a store does it. */
function digestValid(req: IncomingMessage, realm: string, algorithm: 'MD5' | 'SHA-256'): boolean {
  const h = req.headers.authorization ?? '';
  if (!h.startsWith('Digest ') || field(h, 'username') !== USER || field(h, 'algorithm') !== algorithm) return false;
  const md5 = hash(algorithm === 'MD5' ? 'md5' : 'sha256');
  const ha1 = md5(`${USER}:${realm}:${PASSWORD}`);
  const ha2 = md5(`${req.method}:${field(h, 'uri')}`);
  return field(h, 'uri') === req.url && field(h, 'response') === md5(`${ha1}:${field(h, 'nonce')}:${field(h, 'nc')}:${field(h, 'cnonce')}:auth:${ha2}`);
}

/** A store asking for one scheme at /basic, /digest, /sha256 or /bearer; it records the Authorization header of each request. */
let server: Server;
let base: string;
const seen: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization?.split(' ')[0] ?? 'none');
    const path = new URL(req.url!, 'http://x').pathname;
    const ok =
      path === '/basic' ? req.headers.authorization === `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` : path === '/digest' ? digestValid(req, 'SPARQL', 'MD5') : path === '/sha256' ? digestValid(req, 'SPARQL', 'SHA-256') : false;
    if (ok) return req.resume().on('end', () => res.writeHead(201).end());
    const digest = (algorithm: string) => `Digest realm="SPARQL", nonce="4f1d", opaque="77", qop="auth", algorithm=${algorithm}`;
    const challenge = path === '/basic' ? 'Basic realm="store"' : path === '/digest' ? digest('"MD5"') : path === '/sha256' ? digest('SHA-256') : 'Bearer realm="store"';
    req.resume().on('end', () => res.writeHead(401, { 'www-authenticate': challenge }).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

const creds = (password = PASSWORD, scheme: StoreCredentials['scheme'] = 'auto'): StoreCredentials => ({ user: USER, password, scheme });
const put = { method: 'PUT', headers: { 'content-type': 'application/n-triples' }, body: '<http://ex/s> <http://ex/p> "Bahn" .\n' };

/** Two writes through one StoreAuth: the statuses, the schemes the server saw, and the error hint of the last. */
async function twoWrites(auth: StoreAuth, path: string) {
  seen.length = 0;
  const first = await auth.fetch(`${base}${path}?graph=http%3A%2F%2Fex%2Fg`, put);
  const second = await auth.fetch(`${base}${path}?graph=http%3A%2F%2Fex%2Fh`, put);
  return { statuses: [first.response.status, second.response.status], seen: seen.join(' '), hint: second.response.ok ? '' : auth.hint(second) };
}

describe('StoreAuth', () => {
  it.each([
    ['Basic when the store asks for Basic, then at once', '/basic', creds(), [201, 201], 'none Basic Basic', ''],
    ['Digest when the store asks for Digest, then at once', '/digest', creds(), [201, 201], 'none Digest Digest', ''],
    ['Digest with the algorithm of the challenge (SHA-256)', '/sha256', creds(), [201, 201], 'none Digest Digest', ''],
    ['Basic from the first request with FAKTUM_STORE_AUTH=basic', '/basic', creds(PASSWORD, 'basic'), [201, 201], 'Basic Basic', ''],
    ['a wrong password: refused, the hint names the scheme', '/digest', creds('falsch'), [401, 401], 'none Digest Digest Digest Digest', 'refused, sent with HTTP Digest'],
    ['no Basic to a Basic store with FAKTUM_STORE_AUTH=digest', '/basic', creds(PASSWORD, 'digest'), [401, 401], 'none none', 'FAKTUM_STORE_AUTH=digest forbids'],
    ['no credentials for a scheme faktum does not speak', '/bearer', creds(), [401, 401], 'none none', 'asks for HTTP bearer; faktum speaks HTTP Basic and Digest'],
    ['no credentials set', '/digest', undefined, [401, 401], 'none none', 'no credentials set (FAKTUM_STORE_USER / FAKTUM_STORE_PASSWORD); the store asks for HTTP Digest'],
  ])('%s', async (_, path, credentials, statuses, schemes, hint) => {
    const result = await twoWrites(new StoreAuth(credentials), path);
    expect(result).toEqual({ statuses, seen: schemes, hint: expect.stringContaining(hint) });
    expect(result.hint).not.toContain(PASSWORD);
    expect(result.hint).not.toContain(USER);
  });

  it.each([
    ['Digest realm="SPARQL", nonce="1"', 'digest'],
    ['Basic realm="x", Digest realm="y", nonce="2"', 'digest'],
    ['Basic realm="store"', 'basic'],
    ['Negotiate', 'negotiate'],
    [null, undefined],
  ])('challenge %s -> %s', (header, scheme) => {
    expect(challengeScheme(header)).toBe(scheme);
  });
});

describe('storeCredentials', () => {
  it.each([
    [{ FAKTUM_STORE_USER: 'u', FAKTUM_STORE_PASSWORD: 'p' }, { user: 'u', password: 'p', scheme: 'auto' }],
    [{ FAKTUM_STORE_USER: 'u', FAKTUM_STORE_PASSWORD: 'p', FAKTUM_STORE_AUTH: 'Digest' }, { user: 'u', password: 'p', scheme: 'digest' }],
    [{ FAKTUM_STORE_USER: 'u', FAKTUM_STORE_AUTH: 'basic' }, { user: 'u', password: '', scheme: 'basic' }],
    [{ FAKTUM_STORE_PASSWORD: 'p' }, undefined],
    [{ FAKTUM_STORE_USER: 'u', FAKTUM_STORE_AUTH: 'ntlm' }, { error: 'FAKTUM_STORE_AUTH takes auto, basic or digest, not "ntlm"' }],
  ])('%j -> %j', (env, expected) => {
    expect(storeCredentials(env as NodeJS.ProcessEnv)).toEqual(expected);
  });
});
