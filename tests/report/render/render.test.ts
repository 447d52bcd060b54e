import { describe, expect, it } from 'vitest';
import { movement } from '../../../src/report/eval/baseline-table.js';
import { verdicts } from '../../../src/report/eval/doc-page.js';
import { articlePage, entityPage } from '../../../src/report/paths.js';
import { html } from '../../../src/report/render/html.js';
import { markedText } from '../../../src/report/render/marked-text.js';
import { categoryOf, mentionLabel } from '../../../src/report/types.js';
import { renderToStaticMarkup } from 'preact-render-to-string';

describe('categoryOf: schema classes to the type a report colours', () => {
  it.each([
    [['schema:Organization', 'schema:Corporation'], 'ORG'],
    [['schema:Place', 'schema:City'], 'LOC'],
    ['schema:Country', 'LOC'],
    ['schema:Person', 'PER'],
    ['fk:Percentage', 'PERCENT'],
    [['schema:Thing', 'schema:Event'], 'OTH'],
    [undefined, 'UNTYPED'],
    ['schema:Unbekannt', 'UNTYPED'],
  ])('%j -> %s', (classes, category) => {
    expect(categoryOf(classes as string | string[] | undefined)).toBe(category);
  });

  it.each([
    ['LOC', 'deriv', 'LOC deriv'],
    ['ORG', 'part', 'ORG part'],
    ['PER', 'name', 'PER'],
  ] as const)('label of %s %s is "%s"', (c, k, label) => expect(mentionLabel(c, k)).toBe(label));
});

describe('page paths', () => {
  it.each([
    ['de/2025-07-nvidia-h20-china.jsonld', 'a/de__2025-07-nvidia-h20-china.html'],
    ['heldout/de/2025-04-lidl-filialen.jsonld', 'a/heldout__de__2025-04-lidl-filialen.html'],
    ['de/Bürgermeister Köln.jsonld', 'a/de__B_rgermeister_K_ln-'],
  ])('%s -> %s', (file, page) => expect(articlePage(file).startsWith(page.replace(/\.html$/, ''))).toBe(true));

  it('gives two files that differ only in characters replaced on the page name two pages', () => {
    expect(articlePage('de/Köln.jsonld')).not.toBe(articlePage('de/K_ln.jsonld'));
    expect(entityPage('https://w3id.org/faktum/id/wd/Q182477')).toMatch(/^e\/[0-9a-f]{12}\.html$/);
  });
});

describe('markedText: marks spans in place, keeps all other text', () => {
  const text = 'Bahnchef Richard Lutz trat in Berlin zurück.';
  const mark = (s: { start: number; stop: number }) => html`<mark>${text.slice(s.start, s.stop)}</mark>`;
  const render = (spans: Array<{ start: number; stop: number }>, skipped: unknown[] = []) =>
    renderToStaticMarkup(html`<p>${markedText(text, 0, text.length, spans, mark, (s) => skipped.push(s))}</p>`);

  it.each([
    [[], `<p>${text}</p>`],
    [[{ start: 9, stop: 21 }], '<p>Bahnchef <mark>Richard Lutz</mark> trat in Berlin zurück.</p>'],
    [[{ start: 0, stop: 4 }, { start: 30, stop: 36 }], '<p><mark>Bahn</mark>chef Richard Lutz trat in <mark>Berlin</mark> zurück.</p>'],
  ])('%j', (spans, expected) => expect(render(spans)).toBe(expected));

  it('passes an overlapping span to `skipped` rather than garbling the text', () => {
    const skipped: unknown[] = [];
    expect(render([{ start: 9, stop: 21 }, { start: 17, stop: 21 }], skipped)).toBe('<p>Bahnchef <mark>Richard Lutz</mark> trat in Berlin zurück.</p>');
    expect(skipped).toEqual([{ start: 17, stop: 21 }]);
  });
});

describe('verdicts: gold and predicted mentions as the strict scheme judges them', () => {
  it.each([
    ['right', [{ start: 0, end: 6, label: 'ORG' }], [{ start: 0, end: 6, label: 'ORG' }], ['ok'], ['ok']],
    ['wrong label', [{ start: 0, end: 6, label: 'ORG' }], [{ start: 0, end: 6, label: 'LOC' }], ['wrong'], ['wrong']],
    ['missed and spurious', [{ start: 0, end: 6, label: 'ORG' }], [{ start: 10, end: 15, label: 'LOC' }], ['miss'], ['fp']],
  ])('%s', (_name, gold, pred, g, p) => {
    const v = verdicts(gold, pred);
    expect(v.gold.map((m) => m.verdict)).toEqual(g);
    expect(v.pred.map((m) => m.verdict)).toEqual(p);
  });
});

describe('movement against the baseline', () => {
  it.each([
    ['mentions.strict.micro.f1', 0.9, 0.9, [], 'same'],
    ['mentions.strict.micro.f1', 0.91, 0.9, [], 'higher'],
    ['mentions.strict.micro.f1', 0.895, 0.9, [], 'lower'],
    ['mentions.strict.micro.f1', 0.85, 0.9, ['mentions.strict.micro.f1'], 'failed'],
    ['relations.perType.headOf.f1', undefined, 0.8, ['relations.perType.headOf.f1'], 'missing'],
    ['relations.perType.neu.f1', 0.5, undefined, [], 'new'],
  ])('%s %s vs %s', (metric, run, base, failed, state) => {
    expect(movement(metric, run, base, new Set(failed))).toBe(state);
  });
});
