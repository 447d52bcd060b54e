import { createHash } from 'node:crypto';

const short = (s: string, n: number) => createHash('sha1').update(s).digest('hex').slice(0, n);

/**
 * The page of an article, relative to the report root: `a/de__2025-07-nvidia-h20-china.html` for
 * `de/2025-07-nvidia-h20-china.jsonld`. Names with other characters than letters, digits, `.`, `_` and `-` get them
 * replaced and a hash of the path added, so two files never share a page.
 */
export function articlePage(file: string): string {
  const slug = file.replace(/\.jsonld$/, '').replace(/\//g, '__');
  const safe = slug.replace(/[^A-Za-z0-9._-]/g, '_');
  return `a/${safe === slug ? safe : `${safe}-${short(file, 8)}`}.html`;
}

/** The page of an entity across the run, relative to the report root: `e/<12 hex digits of its IRI's SHA-1>.html`. */
export function entityPage(iri: string): string {
  return `e/${short(iri, 12)}.html`;
}

/** The page `n` (from 1) of the article list. */
export function listPage(n: number): string {
  return `articles/${n}.html`;
}

/** The fragment id of a sentence or mention: `s-14-103`, from its code point offsets as in its NIF IRI. */
export const sentenceId = (s: { begin: number; end: number }) => `s-${s.begin}-${s.end}`;
export const mentionId = (m: { begin: number; end: number }) => `m-${m.begin}-${m.end}`;

/** The Wikidata page of an id. */
export const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;
