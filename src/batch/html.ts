import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from './decode.js';

/** The main text of a web page and the metadata read from its head. */
export interface HtmlArticle {
  /** Headline, a blank line, then the paragraphs of the main text separated by blank lines. */
  text: string;
  headline?: string;
  datePublished?: string;
  url?: string;
  lang?: string;
}

const BLOCKS = new Set(
  'address,article,aside,blockquote,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul'.split(','),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'select']);

/**
 * Extracts the main text of an HTML page with Readability (navigation and boilerplate dropped) over a linkedom
 * DOM, keeping paragraph breaks, plus headline, publication date and canonical URL from the page's metadata.
 * Tolerates broken markup; refuses a page without any text.
 */
export function extractHtml(html: string): HtmlArticle {
  const meta = readMetadata(parseHTML(html).document);
  // Readability mutates the DOM it reads, so it gets a document of its own.
  const { document } = parseHTML(html);
  let body = '';
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
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

/**
 * The text under `root` as paragraphs separated by blank lines: every block element (p, h1, li, div, ...) starts
 * and ends a paragraph, inline text is joined. Walking the tree, rather than selecting blocks, keeps the text of
 * broken markup where a <p> was never closed and ends up holding the next one.
 */
function blockText(root: any): string {
  if (!root) return '';
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = squash(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const visit = (node: any) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = String(node.tagName).toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.childNodes ?? []) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
