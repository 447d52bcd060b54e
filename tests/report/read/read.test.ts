import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/report/read/article.js';
import { codePointToUtf16 } from '../../../src/report/read/offsets.js';
import { listArticleFiles, readRunLog } from '../../../src/report/read/run-files.js';
import { tmp } from '../../batch/helpers.js';
import { readFileSync } from 'node:fs';

const GOLDEN = join(import.meta.dirname, '..', '..', 'golden', '2025-07-nvidia-h20-china.jsonld');

describe('codePointToUtf16: NIF offsets count code points, JavaScript strings UTF-16 units', () => {
  it.each([
    ['Nvidia-Chef Jensen Huang', 7, 7],
    ['Straße 𝔘lm in München', 8, 9],
    ['🚆 Bahnchef Richard Lutz', 2, 3],
    ['🚆🚆 Lutz', 7, 9],
  ])('%s: code point %i is unit %i', (text, cp, unit) => {
    expect(codePointToUtf16(text)(cp)).toBe(unit);
  });
});

describe('readArticle on the seed article golden output', () => {
  const article = readArticle('de/2025-07-nvidia-h20-china.jsonld', JSON.parse(readFileSync(GOLDEN, 'utf8')));

  it('keeps the text, nine entities, five relations with evidence and every mention', () => {
    expect(article.entities.map((e) => e.name)).toEqual(['Nvidia', 'Jensen Huang', 'H20', 'China', 'USA', 'Peking', 'Washington', 'Donald Trump', 'Joe Biden']);
    expect(article.relations.map((r) => r.relation).sort()).toEqual(['basedIn', 'headOf', 'headOf', 'manufacturer', 'suppliesTo']);
    expect(article.relations.every((r) => r.evidence !== undefined)).toBe(true);
    // 54 since the demonym noun `die Chinesen` is a LOCderiv mention of China (sixteenth session).
    expect(article.mentions).toHaveLength(54);
    for (const m of article.mentions) expect(article.text.slice(m.start, m.stop)).toBe(m.anchor);
  });

  it.each([
    ['Jensen Huang', 'PER', 'name', 'Q305177'],
    ['chinesischen', 'LOC', 'deriv', 'Q148'],
    ['Chinesen', 'LOC', 'deriv', 'Q148'],
    ['US', 'LOC', 'part', 'Q30'],
    ['4,5 Milliarden Dollar', 'MONEY', 'name', undefined],
  ])('%s is %s (%s), linked to %s', (anchor, category, kind, qid) => {
    const m = article.mentions.find((x) => x.anchor === anchor)!;
    expect([m.category, m.kind]).toEqual([category, kind]);
    expect(article.entities.find((e) => e.iri === m.entity)?.qid).toBe(qid);
  });

  it('refuses a file that is not an article, naming what is missing', () => {
    expect(() => readArticle('x.jsonld', { '@graph': [] })).toThrow('no named graph of an article');
    expect(() => readArticle('x.jsonld', { '@graph': [{ '@graph': [] }] })).toThrow('no nif:Context with nif:isString');
  });
});

describe('run files', () => {
  it('lists article files below the output folder, not the report inside it nor dot folders', () => {
    const out = tmp('faktum-report-');
    for (const f of ['de/a.jsonld', 'de/b.jsonld', 'x/c.jsonld', 'report/a/z.jsonld', '.cache/d.jsonld', 'de/e.json']) {
      mkdirSync(join(out, f, '..'), { recursive: true });
      writeFileSync(join(out, f), '{}');
    }
    expect(listArticleFiles(out, join(out, 'report'))).toEqual(['de/a.jsonld', 'de/b.jsonld', 'x/c.jsonld']);
  });

  it('reads errors.jsonl and its shards; a bad line is a problem with its line number', () => {
    const out = tmp('faktum-report-');
    writeFileSync(join(out, 'errors.jsonl'), '{"file":"de/kaputt.txt","reason":"cannot decode","ruleId":"decode"}\nnot json\n');
    writeFileSync(join(out, 'errors.shard-1-of-2.jsonl'), '{"file":"de/leer.txt","reason":"empty"}\n{"file":"de/x.txt"}\n');
    const { records, problems } = readRunLog(out, 'errors');
    expect(records.map((r) => [r.file, r.reason])).toEqual([
      ['de/kaputt.txt', 'cannot decode'],
      ['de/leer.txt', 'empty'],
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['errors.jsonl:2', 'errors.shard-1-of-2.jsonl:2']);
  });
});
