import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from './decode.js';
import { limitHtmlDepth } from './html-depth.js';
import { blockText, nesting, squash } from './html-tree.js';

/** The main text of a web page and the metadata read from its head. */
export interface HtmlArticle {
  /** Headline, a blank line, then the paragraphs of the main text separated by blank lines. */
  text: string;
  headline?: string;
  datePublished?: string;
  url?: string;
  lang?: string;
}

/**
 * Elements nested deeper than this lose their tags before parsing, their text stays (html-depth.ts). News pages
 * nest 20 to 40 deep.
 */
export const MAX_DEPTH = 256;
/**
 * Above this {@link nesting} `work`, Readability is not run and the page's whole body (without its boilerplate
 * elements) is the text: Readability's time grows with that work, cubically in the depth of a chain of elements
 * (1,000 nested <div> took seconds, 100,000 minutes). News pages stay far below it.
 */
export const MAX_WORK = 20_000_000;

/**
 * Extracts the main text of an HTML page with Readability (navigation and boilerplate dropped) over a linkedom
 * DOM, keeping paragraph breaks, plus headline, publication date and canonical URL from the page's metadata.
 * Tolerates broken markup; refuses a page without any text.
 */
export function extractHtml(page: string): HtmlArticle {
  // Parsed with nesting beyond MAX_DEPTH left out (html-depth.ts): the parser is quadratic in the depth.
  const html = limitHtmlDepth(page, MAX_DEPTH);
  const meta = readMetadata(parseHTML(html).document);
  // Readability mutates the DOM it reads, so it gets a document of its own.
  const { document } = parseHTML(html);
  let body = '';
  // Readability's time grows with the nesting (see MAX_WORK): a page nested too deep is read without it.
  const readable = nesting(document.body).work <= MAX_WORK;
  try {
    const article = readable ? new Readability(document as unknown as Document, { charThreshold: 100 }).parse() : null;
    if (article?.content) body = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
    if (!body && article?.textContent) body = squash(article.textContent);
    if (!meta.headline && article?.title) meta.headline = squash(article.title);
  } catch {
    // Readability gives up on some broken pages; the plain body text below is the fallback.
  }
  // Readability is unreliable on short pages (it may keep just a menu): below a paragraph's worth of text, the
  // whole body without its boilerplate elements is the better guess.
  if (body.length < 200) {
    const fallback = parseHTML(html).document;
    for (const el of fallback.querySelectorAll('script,style,noscript,nav,header,footer,aside,template')) el.remove();
    const whole = fallback.body ? blockText(fallback.body) : '';
    body = whole;
  }
  if (!/\p{L}{2}/u.test(body)) throw new InputError('HTML page without main text', undefined, 'html-no-text');
  const headline = meta.headline;
  const text = headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body;
  return { ...meta, text };
}

function readMetadata(document: any): Omit<HtmlArticle, 'text'> {
  const metaContent = (...names: string[]): string | undefined => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[itemprop="${name}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const ld = readJsonLdArticle(document);
  const headline = metaContent('og:title', 'twitter:title', 'headline') ?? ld.headline ?? squash(document.querySelector('title')?.textContent ?? '') ?? undefined;
  const datePublished =
    metaContent('article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued', 'DC.date', 'dcterms.date') ??
    ld.datePublished ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? metaContent('og:url') ?? ld.url;
  const lang = document.documentElement?.getAttribute('lang')?.trim()?.slice(0, 2).toLowerCase() || undefined;
  return clean({ headline: headline || undefined, datePublished, url, lang });
}

/** headline, datePublished and url of the first schema.org article in the page's JSON-LD scripts. */
function readJsonLdArticle(document: any): { headline?: string; datePublished?: string; url?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed = JSON.parse(script.textContent ?? '');
      const nodes = [parsed, ...(Array.isArray(parsed) ? parsed : []), ...(Array.isArray(parsed?.['@graph']) ? parsed['@graph'] : [])];
      for (const node of nodes) {
        if (node && typeof node === 'object' && typeof node.datePublished === 'string') {
          return { headline: str(node.headline), datePublished: node.datePublished, url: str(node.url) };
        }
      }
    } catch {
      // Broken JSON-LD in a page is common and not our problem.
    }
  }
  return {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
