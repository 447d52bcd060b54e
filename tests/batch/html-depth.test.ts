import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { limitHtmlDepth } from '../../src/batch/html-depth.js';
import { blockText, nesting } from '../../src/batch/html-tree.js';
import { extractHtml, MAX_DEPTH } from '../../src/batch/html.js';
import { root } from './helpers.js';

// Regression (issue 18): 100,000 nested <div> took 141 s (linkedom's parser is quadratic in the nesting,
// Readability's cleaning cubic) and a recursive walk over such a tree overflows the stack.

const nested = (n: number, inner: string) => `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;

describe('limitHtmlDepth', () => {
  it.each([
    ['the fixture article', readFileSync(join(root, 'tests', 'fixtures', 'batch', 'article.html'), 'utf8')],
    ['200 nested <div>', nested(200, '<p>Die Bahn erhöht die Preise.</p>')],
    ['1,000 unclosed <p> and <li>', `<body><ul>${'<li><p>Siemens meldet Gewinne.'.repeat(1000)}</ul></body>`],
    ['a script with 1,000 "<div>" in a string', `<body><script>var s = "${'<div>'.repeat(1000)}";</script><p>Text</p></body>`],
  ])('leaves a page that nests no deeper than the limit as it is: %s', (_name, html) => {
    expect(limitHtmlDepth(html, MAX_DEPTH)).toBe(html);
  });

  it.each([
    ['closed', nested(5000, '<p>Angela Merkel sprach in Berlin.</p>')],
    ['never closed', `<body>${'<div><span>'.repeat(5000)}<p>Angela Merkel sprach in Berlin.</p></body>`],
  ])('drops the tags beyond the limit and keeps the text (%s)', (_name, html) => {
    const limited = limitHtmlDepth(html, 10);
    expect(limited).toContain('Angela Merkel sprach in Berlin.');
    expect(nesting(parseHTML(limited).document.body).depth).toBeLessThanOrEqual(12);
  });
});

describe('walking deep trees', () => {
  it('blockText and nesting need no recursion (20,000 levels)', () => {
    const { document } = parseHTML(nested(20_000, 'Der Bahnchef sagte'));
    expect(blockText(document.body)).toBe('Der Bahnchef sagte');
    expect(nesting(document.body).depth).toBe(20_000);
  }, 120_000);

  it.each([
    ['a chain of 3 elements', '<div><div><p>x</p></div></div>', 3, 1 * 3 + 2 * 2 + 3 * 1],
    ['two siblings', '<div><p>a</p><p>b</p></div>', 2, 1 * 3 + 2 + 2],
  ])('nesting of %s', (_name, body, depth, work) => {
    expect(nesting(parseHTML(`<html><body>${body}</body></html>`).document.body)).toEqual({ depth, work });
  });

  it.each([1_000, 100_000])('extractHtml reads the text inside %i nested <div>', (n) => {
    expect(extractHtml(nested(n, '<p>Angela Merkel sprach in Berlin über die Lage der Wirtschaft.</p>')).text).toBe('Angela Merkel sprach in Berlin über die Lage der Wirtschaft.');
  }, 120_000);
});
