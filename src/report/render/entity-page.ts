import type { VNode } from 'preact';
import type { Occurrence, RunEntity } from '../collect.js';
import { wikidataUrl } from '../paths.js';
import { html, renderPage } from './html.js';
import { markedText } from './marked-text.js';
import { typeBadge } from './mention.js';

const ROOT = '../';

/** A sentence with the entity's mentions highlighted, linked to the sentence in its article. */
function sentenceItem(o: Occurrence, category: string): VNode {
  const mark = (s: { start: number; stop: number }) => html`<mark class=${`hl c-${category}`}>${o.sentence.slice(s.start, s.stop)}</mark>`;
  return html`<li><a href=${`${ROOT}${o.page}#${o.sentenceId}`} lang="de">${markedText(o.sentence, 0, o.sentence.length, o.marks, mark)}</a></li>`;
}

/** The page of one entity: every article and sentence of the run that mentions it. */
export function renderEntityPage(e: RunEntity, occurrences: Occurrence[]): string {
  const byArticle = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = byArticle.get(o.page);
    if (list) list.push(o);
    else byArticle.set(o.page, [o]);
  }
  const body = html`
    <h1>${e.name} ${typeBadge(e.category)}</h1>
    <p class="meta">
      ${e.qid ? html`<a class="wd" href=${wikidataUrl(e.qid)}>Wikidata ${e.qid}</a>` : 'not linked to Wikidata'} ·
      <code>${e.iri}</code> · ${e.mentions} mentions in ${e.articles} articles
    </p>
    ${e.alternateNames.size ? html`<p>Also written: <span lang="de">${[...e.alternateNames].join(', ')}</span></p>` : ''}
    ${[...byArticle.values()].map(
      (list) => html`<section class="occ">
        <h2><a href=${ROOT + list[0].page} lang="de">${list[0].title}</a></h2>
        <ul>${list.map((o) => sentenceItem(o, e.category))}</ul>
      </section>`,
    )}`;
  return renderPage({ title: `${e.name}: faktum report`, root: ROOT, trail: [] }, body);
}
