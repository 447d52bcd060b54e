import type { VNode } from 'preact';
import type { ReportArticle, ReportEntity, ReportMention, ReportRelation } from '../read/article.js';
import { entityPage, sentenceId, wikidataUrl } from '../paths.js';
import { CATEGORIES, CATEGORY_NAMES } from '../types.js';
import { html, jsonScript, renderPage } from './html.js';
import { markedText } from './marked-text.js';
import { markMention, typeBadge } from './mention.js';

const ROOT = '../';

/** The article text: sentences as targets of the relations' evidence links, every mention marked in place. */
function articleText(a: ReportArticle, entities: Map<string, ReportEntity>, skipped: ReportMention[]): Array<string | VNode> {
  const shown = new Set<ReportMention>();
  const mark = (m: ReportMention) => (shown.add(m), markMention(m, m.entity ? entities.get(m.entity) : undefined, ROOT));
  const out: Array<string | VNode> = [];
  let cursor = 0;
  for (const s of a.sentences) {
    if (s.start < cursor) continue;
    out.push(...markedText(a.text, cursor, s.start, a.mentions, mark));
    out.push(html`<span class="s" id=${sentenceId(s)}>${markedText(a.text, s.start, s.stop, a.mentions, mark)}</span>`);
    cursor = s.stop;
  }
  out.push(...markedText(a.text, cursor, a.text.length, a.mentions, mark));
  // An overlapping mention, or one crossing a sentence boundary, cannot be marked in place: say so, never lose it silently.
  skipped.push(...a.mentions.filter((m) => !shown.has(m)));
  return out;
}

/** The evidence sentence of a relation, its subject's and object's mentions highlighted. */
function evidence(a: ReportArticle, r: ReportRelation, entities: Map<string, ReportEntity>): VNode | string {
  const s = r.evidence;
  if (!s) return html`<p class="evidence">no evidence sentence recorded</p>`;
  const ends = a.mentions.filter((m) => m.entity === r.subject || m.entity === r.object);
  const mark = (m: ReportMention) =>
    html`<mark class=${`hl c-${m.category}`} title=${entities.get(m.entity!)?.name}>${m.anchor}</mark>`;
  return html`<blockquote class="evidence" lang="de">${markedText(a.text, s.start, s.stop, ends, mark)}</blockquote>`;
}

function relationItem(a: ReportArticle, r: ReportRelation, i: number, entities: Map<string, ReportEntity>): VNode {
  const name = (iri: string) => entities.get(iri)?.name ?? iri;
  const target = r.evidence ? `#${sentenceId(r.evidence)}` : undefined;
  return html`<li id=${`r-${i + 1}`} class="rel">
    <a class="rel-link" href=${target} data-subject=${r.subject} data-object=${r.object}
      ><span class="subj">${name(r.subject)}</span> <span class="pred">${r.relation}</span> <span class="obj">${name(r.object)}</span></a
    >
    <span class="meta">confidence ${r.confidence} · rule ${r.rule}</span>
    ${evidence(a, r, entities)}
  </li>`;
}

function entityTable(a: ReportArticle): VNode {
  const count = new Map<string, number>();
  for (const m of a.mentions) if (m.entity) count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  return html`<table class="entities">
    <caption>Entities (${a.entities.length})</caption>
    <thead><tr><th scope="col">Type</th><th scope="col">Name</th><th scope="col">Wikidata</th><th scope="col">Mentions</th></tr></thead>
    <tbody>
      ${a.entities.map(
        (e) => html`<tr data-entity=${e.iri}>
          <td>${typeBadge(e.category)}</td>
          <td><a href=${ROOT + entityPage(e.iri)}>${e.name}</a>${e.alternateNames.length ? html`<br /><small>${e.alternateNames.join(', ')}</small>` : ''}</td>
          <td>${e.qid ? html`<a class="wd" href=${wikidataUrl(e.qid)}>${e.qid}</a>` : html`<span class="muted">not linked</span>`}</td>
          <td class="num">${count.get(e.iri) ?? 0}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The graph's data for cytoscape: one node per entity, one edge per relation labelled with its predicate. */
function graphData(a: ReportArticle): unknown {
  const known = new Set(a.entities.map((e) => e.iri));
  return {
    nodes: a.entities.map((e) => ({ data: { id: e.iri, label: e.name, type: e.category, href: ROOT + entityPage(e.iri) } })),
    edges: a.relations
      .filter((r) => known.has(r.subject) && known.has(r.object))
      .map((r, i) => ({ data: { id: `r-${i + 1}`, source: r.subject, target: r.object, label: r.relation } })),
  };
}

/** The legend of types and kinds. */
export function legend(): VNode {
  return html`<ul class="legend" aria-label="Legend">
    ${CATEGORIES.map((c) => html`<li>${typeBadge(c)} ${CATEGORY_NAMES[c]}</li>`)}
    <li>${typeBadge('LOC', 'deriv')} derived adjective (chinesisch)</li>
    <li>${typeBadge('ORG', 'part')} part of a compound (Nvidia-Chef)</li>
  </ul>`;
}

/** The page of one article: marked text, entities, relations with their evidence and a graph. */
export function renderArticlePage(a: ReportArticle, position: { listHref: string }): string {
  const entities = new Map(a.entities.map((e) => [e.iri, e]));
  const skipped: ReportMention[] = [];
  const text = articleText(a, entities, skipped);
  const title = a.headline ?? a.sourcePath ?? a.file;
  const body = html`
    <h1 lang="de">${title}</h1>
    <p class="meta">${a.sourcePath ?? a.file}${a.date ? ` · ${a.date}` : ''} · ${a.mentions.length} mentions · ${a.entities.length} entities · ${a.relations.length} relations</p>
    ${legend()}
    ${skipped.length ? html`<p class="warn" role="note">${skipped.length} mentions overlap others or cross a sentence boundary and are not marked: ${skipped.map((m) => m.anchor).join(', ')}</p>` : ''}
    <div class="layout">
      <section class="text-col" aria-labelledby="text-h"><h2 id="text-h">Text</h2><div class="text" lang="de">${text}</div></section>
      <div class="side">
        ${entityTable(a)}
        <section aria-labelledby="rel-h"><h2 id="rel-h">Relations (${a.relations.length})</h2>
          ${a.relations.length ? html`<ol class="rels">${a.relations.map((r, i) => relationItem(a, r, i, entities))}</ol>` : html`<p class="muted">none</p>`}
        </section>
        <section aria-labelledby="graph-h"><h2 id="graph-h">Graph</h2>
          <div id="graph" role="img" aria-label=${`Graph of ${a.entities.length} entities and ${a.relations.length} relations; the same facts are listed in the tables above.`}></div>
          ${jsonScript('graph-data', graphData(a))}
        </section>
      </div>
    </div>`;
  return renderPage({ title, root: ROOT, trail: [['articles', ROOT + position.listHref]], scripts: ['assets/cytoscape.min.js'] }, body);
}
