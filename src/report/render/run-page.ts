import type { VNode } from 'preact';
import type { RunCollector, RunEntity } from '../collect.js';
import type { ReadProblem, RunRecord } from '../read/run-files.js';
import { entityPage, listPage, wikidataUrl } from '../paths.js';
import { CATEGORIES, CATEGORY_NAMES } from '../types.js';
import { html, renderPage } from './html.js';
import { legend } from './article-page.js';
import { typeBadge } from './mention.js';

/** What the run page shows besides the collected articles. */
export interface RunPageInput {
  title: string;
  run: RunCollector;
  failed: RunRecord[];
  skipped: RunRecord[];
  problems: ReadProblem[];
  listPages: number;
}

const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)} %` : '–');
const fmt = (n: number) => n.toLocaleString('en');

function entityRows(list: RunEntity[]): VNode[] {
  return list.map(
    (e, i) => html`<tr>
      <td class="num">${i + 1}</td><td><a href=${entityPage(e.iri)} lang="de">${e.name}</a></td><td>${typeBadge(e.category)}</td>
      <td>${e.qid ? html`<a class="wd" href=${wikidataUrl(e.qid)}>${e.qid}</a>` : html`<span class="muted">not linked</span>`}</td>
      <td class="num">${fmt(e.mentions)}</td><td class="num">${fmt(e.articles)}</td>
    </tr>`,
  );
}

function entityTable(id: string, caption: string, list: RunEntity[]): VNode {
  return html`<table id=${id}>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">#</th><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Wikidata</th><th scope="col">Mentions</th><th scope="col">Articles</th></tr></thead>
    <tbody>${entityRows(list)}</tbody>
  </table>`;
}

function typeTable(run: RunCollector): VNode {
  const tallies = run.byCategory();
  return html`<table id="by-type">
    <caption>Entities by type, and the share linked to Wikidata</caption>
    <thead><tr><th scope="col">Type</th><th scope="col">Entities</th><th scope="col">Linked entities</th><th scope="col">Mentions</th><th scope="col">Linked mentions</th></tr></thead>
    <tbody>
      ${CATEGORIES.filter((c) => tallies.has(c)).map((c) => {
        const t = tallies.get(c)!;
        const linkable = t.entities > 0;
        return html`<tr data-type=${c}>
          <td>${typeBadge(c)} ${CATEGORY_NAMES[c]}</td>
          <td class="num">${linkable ? fmt(t.entities) : '–'}</td>
          <td class="num">${linkable ? `${fmt(t.linkedEntities)} (${pct(t.linkedEntities, t.entities)})` : '–'}</td>
          <td class="num">${fmt(t.mentions)}</td>
          <td class="num">${linkable ? `${fmt(t.linkedMentions)} (${pct(t.linkedMentions, t.mentions)})` : '–'}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function failedTable(failed: RunRecord[]): VNode {
  if (failed.length === 0) return html`<p id="failed">No input failed.</p>`;
  return html`<table id="failed">
    <caption>Failed inputs (${fmt(failed.length)}, from errors.jsonl)</caption>
    <thead><tr><th scope="col">File</th><th scope="col">Reason</th><th scope="col">Rule</th></tr></thead>
    <tbody>${failed.map((f) => html`<tr><td><code>${f.file}${f.record ? `#${f.record}` : ''}</code></td><td>${f.reason}</td><td>${f.ruleId ?? ''}</td></tr>`)}</tbody>
  </table>`;
}

function skippedTable(skipped: RunRecord[]): VNode {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) {
    const examples = byReason.get(s.reason) ?? [];
    if (examples.length < 20) examples.push(s.file);
    byReason.set(s.reason, examples);
  }
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return html`<table id="skipped">
    <caption>Skipped inputs (${fmt(skipped.length)}, from skipped.jsonl)</caption>
    <thead><tr><th scope="col">Reason</th><th scope="col">Inputs</th><th scope="col">Examples</th></tr></thead>
    <tbody>${[...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => html`<tr><td>${reason}</td><td class="num">${fmt(n)}</td><td><small>${byReason.get(reason)!.join(', ')}</small></td></tr>`)}</tbody>
  </table>`;
}

/** The run page (`index.html`): what was processed, what failed and why, what was found, a search over entities. */
export function renderRunPage(input: RunPageInput): string {
  const { run, failed, skipped, problems } = input;
  const body = html`
    <h1>${input.title}</h1>
    <dl class="counts">
      <div><dt>Articles processed</dt><dd id="n-articles">${fmt(run.articles.length)}</dd></div>
      <div><dt>Skipped</dt><dd id="n-skipped">${fmt(skipped.length)}</dd></div>
      <div><dt>Failed</dt><dd id="n-failed">${fmt(failed.length)}</dd></div>
      <div><dt>Mentions</dt><dd>${fmt(run.mentions)}</dd></div>
      <div><dt>Entities</dt><dd id="n-entities">${fmt(run.entities.size)}</dd></div>
      <div><dt>Relations</dt><dd>${fmt([...run.relations.values()].reduce((a, b) => a + b, 0))}</dd></div>
    </dl>
    <p><a href=${listPage(1)}>All ${fmt(run.articles.length)} articles</a> (${input.listPages} ${input.listPages === 1 ? 'page' : 'pages'})</p>
    <div class="find" role="search">
      <label for="search">Find an entity by name</label>
      <input id="search" type="search" autocomplete="off" aria-describedby="search-status" aria-controls="search-results" />
      <p id="search-status" aria-live="polite"></p>
      <ul id="search-results"></ul>
    </div>
    ${problems.length ? html`<table id="problems"><caption>Files the report could not read</caption><tbody>${problems.map((p) => html`<tr><td><code>${p.file}${p.line ? `:${p.line}` : ''}</code></td><td>${p.reason}</td></tr>`)}</tbody></table>` : ''}
    ${failedTable(failed)}
    ${skipped.length ? skippedTable(skipped) : ''}
    ${legend()}
    ${typeTable(run)}
    <table id="by-predicate">
      <caption>Relations by predicate</caption>
      <thead><tr><th scope="col">Predicate</th><th scope="col">Relations</th></tr></thead>
      <tbody>${[...run.relations].sort((a, b) => b[1] - a[1]).map(([p, n]) => html`<tr><td>${p}</td><td class="num">${fmt(n)}</td></tr>`)}</tbody>
    </table>
    ${entityTable('top-entities', 'Most frequent entities', run.top(25))}
    ${entityTable('top-unlinked', 'Most frequent names not linked to Wikidata', run.top(25, (e) => !e.qid))}`;
  return renderPage({ title: `${input.title}: faktum report`, root: '' }, body);
}
