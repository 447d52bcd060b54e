import { describe, expect, it } from 'vitest';
import { storeEndpoints } from '../../src/store/endpoints.js';
import { authorization, redactUrl } from '../../src/store/credentials.js';

describe('storeEndpoints', () => {
  it.each([
    ['http://127.0.0.1:8890/sparql-graph-crud', 'http://127.0.0.1:8890/sparql'],
    ['https://dbpedia.example/sparql-graph-crud-auth', 'https://dbpedia.example/sparql-auth'],
    ['http://localhost:3030/nachrichten/data', 'http://localhost:3030/nachrichten/update'],
  ])('%s -> update endpoint %s', (store, update) => {
    expect(storeEndpoints(store)).toEqual({ graphStore: store, update });
  });

  it.each([
    ['http://example.org/rdf4j/repositories/zeitung/statements', /name it with --store-update/],
    ['ftp://example.org/sparql-graph-crud', /only http and https/],
    ['http://redakteurin:geheim@example.org/sparql-graph-crud', /FAKTUM_STORE_USER/],
    ['Zeitungsarchiv', /Graph Store Protocol URL/],
  ])('%s is refused with a reason', (store, reason) => {
    const result = storeEndpoints(store);
    expect('error' in result && result.error).toMatch(reason);
  });

  it('takes an explicit update endpoint for other layouts', () => {
    const store = 'http://example.org/rdf4j/repositories/zeitung/rdf-graphs/service';
    expect(storeEndpoints(store, 'http://example.org/rdf4j/repositories/zeitung/statements')).toEqual({ graphStore: store, update: 'http://example.org/rdf4j/repositories/zeitung/statements' });
  });
});

describe('credentials', () => {
  it.each([
    [{ FAKTUM_STORE_USER: 'redaktion', FAKTUM_STORE_PASSWORD: 'Geheimnis' }, `Basic ${Buffer.from('redaktion:Geheimnis').toString('base64')}`],
    [{ FAKTUM_STORE_PASSWORD: 'Geheimnis' }, undefined],
    [{}, undefined],
  ])('%j -> %s', (env, header) => {
    expect(authorization(env as NodeJS.ProcessEnv)).toBe(header);
  });

  it('removes user and password from URLs it shows', () => {
    expect(redactUrl('redis://:Geheimnis@archiv.example:6379/0')).not.toContain('Geheimnis');
    expect(redactUrl('redis://archiv.example:6379')).toBe('redis://archiv.example:6379');
  });
});
