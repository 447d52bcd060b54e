/**
 * A depth limit for HTML, applied to the markup before it is parsed: linkedom's parser takes time quadratic in the
 * nesting (100,000 nested <div> took minutes, issue 18), and walks over a deep tree overflow the stack. Tags that
 * would open an element deeper than the limit are left out, with their closing tags; the text inside stays, so the
 * article is still read, only without the structure of the levels beyond the limit.
 */

/** Elements that never hold others, or whose end the parser supplies itself: they do not count as nesting. */
const FLAT = new Set(
  'area,base,br,col,embed,hr,img,input,link,meta,param,source,track,wbr,p,li,dt,dd,tr,td,th,thead,tbody,tfoot,option,optgroup,rt,rp,caption,colgroup'.split(','),
);
/** Elements whose content is text up to their closing tag (a `<div>` inside a script is no element). */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes']);

/** Tags, comments, doctypes and processing instructions, in the order they come. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>/g;

/**
 * `html` with no element nested deeper than `max` (counting only elements that can hold others: see FLAT), or
 * `html` itself, the same string, when it nests no deeper than that (every normal page). Linear in the length.
 */
export function limitHtmlDepth(html: string, max: number): string {
  const cuts = tagsBeyond(html, max);
  if (!cuts.length) return html;
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}

/** The spans of the tags that open (or close) elements deeper than `max`. */
function tagsBeyond(html: string, max: number): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  let depth = 0;
  let lower: string | undefined;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || FLAT.has(name)) continue;
    const selfClosing = m[0].endsWith('/>');
    if (m[1]) {
      if (depth > max) cuts.push([m.index, m.index + m[0].length]);
      if (depth > 0) depth--;
      continue;
    }
    if (RAW.has(name) && !selfClosing) {
      // Skip to the element's closing tag: its content is text.
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, MARKUP.lastIndex);
      MARKUP.lastIndex = close < 0 ? html.length : close;
    }
    if (selfClosing) continue;
    depth++;
    if (depth > max) cuts.push([m.index, m.index + m[0].length]);
  }
  return cuts;
}
