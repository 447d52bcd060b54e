/**
 * The report's only script (`assets/report.js`), written out as `(${reportClient})()`: it may use nothing outside
 * its own body. It draws the article graph with cytoscape (bundled as `assets/cytoscape.min.js`) and runs the
 * entity search of the run page, loading the search index (`assets/entities.js`) on first use only.
 */
export function reportClient(): void {
  type Entry = [name: string, type: string, href: string, mentions: number, qid: string];
  type Cy = { nodes(): { length: number }; on(event: string, selector: string, f: (e: { target: { data(k: string): string } }) => void): void };
  const w = window as unknown as { cytoscape?: (options: unknown) => Cy; faktumGraph?: Cy; faktumEntities?: Entry[] };
  const colours: Record<string, string> = { PER: '#f4b942', ORG: '#5aa7f0', LOC: '#4cbf5a', PRODUCT: '#c77bd1', OTH: '#aaaaaa' };

  const data = document.getElementById('graph-data');
  const box = document.getElementById('graph');
  // The graph is drawn after the page has loaded, so the text is readable before the layout has run.
  const drawGraph = (): void => {
    if (!data || !box || !w.cytoscape) return;
    const g = JSON.parse(data.textContent || '{"nodes":[],"edges":[]}') as { nodes: unknown[]; edges: unknown[] };
    const style: unknown[] = [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22, 'background-color': '#999', 'border-width': 1, 'border-color': '#333' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 10, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#777', 'target-arrow-color': '#777', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
    ];
    for (const type of Object.keys(colours)) style.push({ selector: `node[type = "${type}"]`, style: { 'background-color': colours[type] } });
    const cy = w.cytoscape({ container: box, elements: [...g.nodes, ...g.edges], style, layout: { name: 'cose', animate: false, randomize: false, padding: 20 } });
    cy.on('tap', 'node', (e) => (window.location.href = e.target.data('href')));
    w.faktumGraph = cy;
  };
  if (document.readyState === 'complete') drawGraph();
  else window.addEventListener('load', () => setTimeout(drawGraph, 0));

  const input = document.getElementById('search') as HTMLInputElement | null;
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (!input || !results || !status) return;
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let folded: string[] | undefined;
  const show = (): void => {
    const list = w.faktumEntities;
    if (!list) return;
    folded ??= list.map((e) => fold(e[0]));
    const q = fold(input.value.trim());
    results.replaceChildren();
    if (!q) {
      status.textContent = `${list.length} entities; type to search.`;
      return;
    }
    const hits: Entry[] = [];
    let count = 0;
    for (let i = 0; i < list.length; i++) if (folded[i].includes(q) && count++ < 50) hits.push(list[i]);
    for (const [name, type, href, mentions, qid] of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = href;
      a.textContent = name;
      a.lang = 'de';
      li.append(a, ` ${type}, ${mentions} mentions${qid ? `, ${qid}` : ''}`);
      results.append(li);
    }
    status.textContent = count > 50 ? `${count} entities match; the 50 most mentioned are shown.` : `${count} entities match.`;
  };
  const load = (): void => {
    if (w.faktumEntities || document.getElementById('entity-index')) return;
    const script = document.createElement('script');
    script.id = 'entity-index';
    script.src = input.dataset.index || 'assets/entities.js';
    script.onload = show;
    document.head.append(script);
  };
  input.addEventListener('focus', load);
  input.addEventListener('input', () => (w.faktumEntities ? show() : load()));
}
