import type { VNode } from 'preact';
import type { ReportEntity, ReportMention } from '../read/article.js';
import { entityPage, mentionId, wikidataUrl } from '../paths.js';
import { CATEGORY_NAMES, KIND_NAMES, mentionLabel, type Category } from '../types.js';
import { html } from './html.js';

/** The coloured swatch and text label of a type, for legends and tables. */
export function typeBadge(category: Category, kind: 'name' | 'deriv' | 'part' = 'name'): VNode {
  return html`<span class=${`badge c-${category} k-${kind}`}>${mentionLabel(category, kind)}</span>`;
}

/**
 * One mention marked in the article text: a link to its entity's page (a focusable span for values), coloured by
 * type with the type as text after it, and a tooltip shown on hover or keyboard focus with the entity's name, its
 * Wikidata link, the confidence and the rule that found it. The marked element holds exactly the mention's text.
 */
export function markMention(m: ReportMention, entity: ReportEntity | undefined, root: string): VNode {
  const id = mentionId(m);
  const label = mentionLabel(m.category, m.kind);
  const attrs = {
    id,
    class: `m c-${m.category} k-${m.kind}`,
    'data-label': label,
    'data-begin': m.begin,
    'data-end': m.end,
    'data-entity': m.entity,
    'data-qid': entity?.qid,
    'aria-describedby': `t${id}`,
  };
  const mark = entity
    ? html`<a ...${attrs} href=${root + entityPage(entity.iri)}>${m.anchor}</a>`
    : html`<span ...${attrs} tabindex="0">${m.anchor}</span>`;
  const tip = html`<span class="tip" role="tooltip" id=${`t${id}`}
    ><strong>${entity?.name ?? m.anchor}</strong> · ${CATEGORY_NAMES[m.category]}${m.kind === 'name' ? '' : `, ${KIND_NAMES[m.kind]}`}<br />${entity?.qid
      ? html`<a class="wd" href=${wikidataUrl(entity.qid)}>Wikidata ${entity.qid}</a>`
      : entity
        ? 'not linked to Wikidata'
        : 'a value'}<br />confidence ${m.confidence} · source ${m.source}</span
  >`;
  return html`<span class="mw">${mark}${tip}</span>`;
}
