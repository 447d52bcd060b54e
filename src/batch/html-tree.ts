/**
 * Walks over a linkedom DOM without recursion: a page of 100,000 nested elements is a legal (if hostile) input,
 * and a recursive walk overflows the stack long before (issue 18).
 */

const BLOCKS = new Set(
  'address,article,aside,blockquote,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul'.split(','),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'select']);

/** Marks, on the walk's stack, the end of a block element: its paragraph ends there. */
const BLOCK_END = Symbol('block end');

/**
 * The text under `root` as paragraphs separated by blank lines: every block element (p, h1, li, div, ...) starts
 * and ends a paragraph, inline text is joined. Walking the tree, rather than selecting blocks, keeps the text of
 * broken markup where a <p> was never closed and ends up holding the next one.
 */
export function blockText(root: any): string {
  if (!root) return '';
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = squash(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop() as any;
    if (node === BLOCK_END) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = String(node.tagName).toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      current += ' ';
      continue;
    }
    if (BLOCKS.has(tag)) {
      flush();
      stack.push(BLOCK_END);
    }
    const children = Array.from(node.childNodes ?? []);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs.join('\n\n');
}

/** White space runs as one space, trimmed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * How deep the elements under `root` nest, and `work`: the sum, over every element, of its depth times the number
 * of elements in its subtree. Readability's cleaning looks, for each element, at the text of every element below
 * it, so its time grows with `work` (cubically in the depth of a chain of nested elements).
 */
export function nesting(root: any): { depth: number; work: number } {
  if (!root) return { depth: 0, work: 0 };
  let depth = 0;
  let work = 0;
  // Post-order without recursion: an element's size is known when its last child is done.
  const stack: Array<{ node: any; depth: number; size: number; parent: number; children?: any[]; next: number }> = [{ node: root, depth: 0, size: 1, parent: -1, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    top.children ??= Array.from(top.node.children ?? []);
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      stack.push({ node: child, depth: top.depth + 1, size: 1, parent: stack.length - 1, next: 0 });
      depth = Math.max(depth, top.depth + 1);
      continue;
    }
    stack.pop();
    work += top.size * top.depth;
    if (top.parent >= 0) stack[top.parent].size += top.size;
  }
  return { depth, work };
}
