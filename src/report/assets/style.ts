/**
 * The report's style sheet (`assets/report.css`). Type colours are light backgrounds under black text (contrast
 * above 12:1); names are filled, derived adjectives underlined and compound parts outlined, each with its label.
 */
export const STYLE = `
:root { --fg: #1a1a1a; --muted: #555; --line: #ccc; --accent: #0b57d0;
  --PER: #fde2a7; --ORG: #c9e4ff; --LOC: #c8f0c8; --PRODUCT: #f3d1f4; --OTH: #e3e3e3;
  --MONEY: #ffd6cc; --DATE: #d2f0f0; --PERCENT: #fff1a8; --UNTYPED: #eeeeee; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: #fff; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible, input:focus-visible { outline: 3px solid #e8710a; outline-offset: 1px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; z-index: 10; }
.top { padding: 8px 16px; border-bottom: 1px solid var(--line); background: #f6f6f6; }
main { padding: 8px 16px 40px; max-width: 1400px; }
h1 { font-size: 1.5rem; margin: 12px 0 4px; } h2 { font-size: 1.15rem; margin: 16px 0 6px; }
.meta, .muted { color: var(--muted); }
table { border-collapse: collapse; margin: 12px 0 20px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.counts { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.counts div { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 120px; }
.counts dt { color: var(--muted); font-size: .85rem; } .counts dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: .9rem; }
.badge { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: .75rem; font-weight: 700; color: #000; }
${['PER', 'ORG', 'LOC', 'PRODUCT', 'OTH', 'MONEY', 'DATE', 'PERCENT', 'UNTYPED'].map((c) => `.c-${c} { --t: var(--${c}); }`).join('\n')}
.badge, .m.k-name, .hl { background: var(--t); }
.badge.k-deriv, .m.k-deriv { background: transparent; border-bottom: 3px double #333; box-shadow: inset 0 -6px 0 var(--t); }
.badge.k-part, .m.k-part { background: transparent; outline: 2px dashed #666; outline-offset: -1px; box-shadow: inset 0 0 0 20px var(--t); }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; font-size: 1.05rem; line-height: 2.1; }
.s:target { background: #fff4c2; box-shadow: 0 0 0 3px #f0c000; }
.mw { position: relative; }
.m { color: #000; text-decoration: none; padding: 1px 3px; border-radius: 3px; }
.m::after { content: attr(data-label); font-size: .62rem; font-weight: 700; margin-left: 4px; vertical-align: middle; color: #222; }
.tip { display: none; position: absolute; left: 0; top: 100%; z-index: 5; min-width: 220px; padding: 6px 8px; white-space: normal;
  line-height: 1.4; font-size: .85rem; background: #fff; border: 1px solid #888; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.mw:hover .tip, .mw:focus-within .tip { display: block; }
.rels { padding-left: 1.4em; } .rel { margin-bottom: 10px; } .rel .meta { display: block; font-size: .85rem; }
.rel-link .pred { font-family: monospace; background: #eee; padding: 0 4px; }
.evidence { margin: 4px 0 0; padding: 4px 8px; border-left: 3px solid var(--line); color: #222; }
.hl { padding: 0 2px; color: #000; }
#graph { width: 100%; height: 380px; border: 1px solid var(--line); border-radius: 4px; }
.find input { font-size: 1rem; padding: 4px 8px; width: min(420px, 100%); display: block; margin-top: 4px; }
#search-results { columns: 2; max-width: 900px; }
.pager ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; padding: 0; }
.pager a, .pager span { display: inline-block; min-width: 2em; text-align: center; padding: 2px 4px; border: 1px solid var(--line); }
.pager [aria-current] { font-weight: 700; background: #eee; }
.warn { background: #fff0f0; border-left: 4px solid #b00020; padding: 4px 8px; }
.occ ul { padding-left: 1.2em; }
.good { background: #d7f5dd; } .bad { background: #ffd9d9; } .same { background: #f1f1f1; }
.miss { outline: 2px solid #b00020; } .fp { outline: 2px dashed #b00020; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
`;
