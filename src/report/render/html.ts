import { html as preactHtml } from 'htm/preact';
import { h, type ComponentChildren, type VNode } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';

/** Tagged templates for preact elements (`html\`<p>${text}</p>\``): text is escaped by the renderer. */
export const html: (strings: TemplateStringsArray, ...values: unknown[]) => VNode = preactHtml;

/** A JSON value inside `<script type="application/json">`: `<` escaped so no `</script>` can end the element. */
export function jsonScript(id: string, value: unknown): VNode {
  return h<Record<string, unknown>>('script', { type: 'application/json', id, dangerouslySetInnerHTML: { __html: JSON.stringify(value).replace(/</g, '\\u003c') } });
}

/** What every page of a report has around its content. */
export interface PageOptions {
  title: string;
  /** `''` for pages at the report's root, `'../'` for pages one folder down. */
  root: string;
  /** Breadcrumb links before the title: [text, href]. */
  trail?: Array<[string, string]>;
  /** Scripts to load, relative to the report root (`assets/cytoscape.min.js`). */
  scripts?: string[];
}

/**
 * A whole HTML document: language German for the articles' text is set where it occurs, the page itself is in
 * English. No external resource: styles and scripts come from the report's `assets/` folder, the icon is empty.
 */
export function renderPage(options: PageOptions, body: ComponentChildren): string {
  const { title, root, trail = [], scripts = [] } = options;
  const page = html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title}</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href=${`${root}assets/report.css`} />
    </head>
    <body>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <nav aria-label="Breadcrumb">
          <a href=${`${root}index.html`}>faktum report</a>
          ${trail.map(([text, href]) => html`<span aria-hidden="true"> › </span><a href=${href}>${text}</a>`)}
        </nav>
      </header>
      <main id="main" tabindex="-1">${body}</main>
      ${[...scripts, 'assets/report.js'].map((s) => html`<script src=${root + s}></script>`)}
    </body>
  </html>`;
  return `<!DOCTYPE html>\n${renderToStaticMarkup(page)}\n`;
}
