import type { VNode } from 'preact';
import type { ArticleSummary } from '../collect.js';
import { listPage } from '../paths.js';
import { html, renderPage } from './html.js';

/** Articles per page of the article list: pages stay small however large the run. */
export const PAGE_SIZE = 100;

/** Links to the other pages of the list. */
export function pager(current: number, pages: number, root: string): VNode {
  const items = [];
  for (let n = 1; n <= pages; n++) {
    items.push(
      n === current
        ? html`<li><span aria-current="page">${n}</span></li>`
        : html`<li><a href=${root + listPage(n)}>${n}</a></li>`,
    );
  }
  return html`<nav class="pager" aria-label="Pages of the article list"><ul>${items}</ul></nav>`;
}

/** Page `n` (from 1) of the article list. */
export function renderListPage(articles: ArticleSummary[], n: number): string {
  const root = '../';
  const pages = Math.max(1, Math.ceil(articles.length / PAGE_SIZE));
  const rows = articles.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
  const body = html`
    <h1>Articles ${(n - 1) * PAGE_SIZE + 1}–${(n - 1) * PAGE_SIZE + rows.length} of ${articles.length}</h1>
    ${pager(n, pages, root)}
    <table class="list">
      <thead><tr><th scope="col">Article</th><th scope="col">File</th><th scope="col">Mentions</th><th scope="col">Entities</th><th scope="col">Relations</th></tr></thead>
      <tbody>
        ${rows.map(
          (a) => html`<tr>
            <td><a href=${root + a.page} lang="de">${a.title.length > 140 ? `${a.title.slice(0, 140)}…` : a.title}</a></td>
            <td><code>${a.file}</code></td>
            <td class="num">${a.mentions}</td><td class="num">${a.entities}</td><td class="num">${a.relations}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  return renderPage({ title: `Articles, page ${n}: faktum report`, root, trail: [['articles', root + listPage(1)]] }, body);
}
