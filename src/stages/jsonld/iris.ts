import { createHash } from 'node:crypto';
import type { Doc } from '../../document/doc.js';

/** IRIs of an article and its parts. */
export interface ArticleIris {
  article: string;
  graph: string;
  activity: string;
  context: string;
  /** The NIF IRI of a span given in code points. */
  span(begin: number, end: number): string;
  relation(n: number): string;
  value(n: number): string;
}

/**
 * Article IRIs from the content hash of the text (stable wherever the file lies), or from the article's URL when
 * ingest found one. NIF strings use RFC 5147 fragments (`#char=0,42`).
 */
export function articleIris(doc: Doc, codePointLength: number): ArticleIris {
  const hash = createHash('sha256').update(doc.text).digest('hex').slice(0, 24);
  const url = typeof doc.meta.url === 'string' && /^https?:\/\/\S+$/.test(doc.meta.url) ? iriSafe(doc.meta.url) : undefined;
  const article = url ?? `https://w3id.org/faktum/article/${hash}`;
  const base = `https://w3id.org/faktum/article/${hash}`;
  return {
    article,
    graph: `${base}/graph`,
    activity: `${base}/extraction`,
    context: `${base}#char=0,${codePointLength}`,
    span: (b, e) => `${base}#char=${b},${e}`,
    relation: (n) => `${base}/relation/${n}`,
    value: (n) => `${base}/value/${n}`,
  };
}

/** Percent-encodes the characters RFC 3987 forbids in IRIs (`|`, `{`, `^`, ...), which N-Quads parsers reject. */
export function iriSafe(url: string): string {
  return url.replace(/[\u0000-\u0020<>"{}|\\^`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
