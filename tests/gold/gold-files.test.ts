import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPredicate, RELATIONS, type Predicate, type RelationSpec } from '../../src/stages/relations/inventory.js';
import { ensureBuilt } from '../helpers/build.js';

/**
 * Validates every gold annotation file against its article (format: corpus/gold/README.md), for the main corpus
 * (corpus/de, corpus/gold) and the held-out set (corpus/heldout/de, corpus/heldout/gold).
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SETS = [
  { name: 'corpus', base: join(root, 'corpus'), minArticles: 31, flags: [] as string[] },
  { name: 'held-out', base: join(root, 'corpus', 'heldout'), minArticles: 8, flags: ['--heldout'] },
];

interface GoldMention { id: string; start: number; end: number; text: string; label: string }
interface GoldEntity { id: string; name: string; type: string; qid?: string; mentions: string[] }
interface GoldRelation { subject: string; predicate: string; object: string; evidence: { start: number; end: number } }
interface Gold { article: string; mentions: GoldMention[]; entities: GoldEntity[]; relations: GoldRelation[] }

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'OTH', 'PRODUCT'];
const VALUE_LABELS = ['MONEY', 'DATE', 'PERCENT'];
const LABELS = new Set([...ENTITY_TYPES.flatMap((t) => [t, `${t}deriv`, `${t}part`]), ...VALUE_LABELS]);
/** Reads an article the way the pipeline does: UTF-8, BOM removed. */
const readArticle = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
/** Length of the metadata prefix (` date YYYY-MM `), which is not article text. */
const prefixLength = (text: string) => /^\s*date \d{4}-\d{2} /.exec(text)?.[0].length ?? 0;
const baseType = (label: string) => label.replace(/(deriv|part)$/, '');

describe.each(SETS)('gold: $name', ({ base, minArticles, flags }) => {
const articleDir = join(base, 'de');
const goldDir = join(base, 'gold');
const articles = readdirSync(articleDir).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();

describe('files', () => {
  it(`has at least ${minArticles} articles, each with a gold file, and no gold file without an article`, () => {
    expect(articles.length).toBeGreaterThanOrEqual(minArticles);
    expect(goldFiles.map((f) => f.replace(/\.json$/, ''))).toEqual(articles.map((f) => f.replace(/\.txt$/, '')));
  });

  it('gold files are exactly what scripts/gold/build.mjs derives from the specs (offsets are never hand-edited)', () => {
    // The script reads the relation inventory from dist/.
    ensureBuilt();
    expect(() => execFileSync(process.execPath, [join(root, 'scripts', 'gold', 'build.mjs'), '--check', ...flags], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(articles)('%s starts with the metadata prefix and has 150 to 400 words', (name) => {
    const text = readArticle(articleDir, name);
    expect(prefixLength(text)).toBeGreaterThan(0);
    const words = text.slice(prefixLength(text)).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(400);
  });
});

describe.each(goldFiles)('%s', (file) => {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
  const name = file.replace(/\.json$/, '.txt');
  const text = readArticle(articleDir, name);
  const mentionById = new Map(gold.mentions.map((m) => [m.id, m]));
  const entityById = new Map(gold.entities.map((e) => [e.id, e]));

  it('names its article', () => {
    expect(gold.article).toBe(`de/${name}`);
  });

  it('has mentions whose offsets slice to their text, outside the metadata prefix, without overlaps', () => {
    const from = prefixLength(text);
    let lastEnd = from;
    for (const m of [...gold.mentions].sort((a, b) => a.start - b.start)) {
      expect(Number.isInteger(m.start) && Number.isInteger(m.end), m.id).toBe(true);
      expect(m.start, `${m.id} overlaps or lies in the prefix`).toBeGreaterThanOrEqual(lastEnd);
      expect(m.end).toBeGreaterThan(m.start);
      expect(text.slice(m.start, m.end), m.id).toBe(m.text);
      lastEnd = m.end;
    }
  });

  it('uses known labels and unique mention ids', () => {
    for (const m of gold.mentions) expect(LABELS.has(m.label), `${m.id}: ${m.label}`).toBe(true);
    expect(new Set(gold.mentions.map((m) => m.id)).size).toBe(gold.mentions.length);
    expect(new Set(gold.entities.map((e) => e.id)).size).toBe(gold.entities.length);
  });

  it('puts every non-value mention into exactly one entity of its type, and no value mention into any', () => {
    const owners = new Map<string, string[]>();
    for (const e of gold.entities) {
      expect(ENTITY_TYPES, e.id).toContain(e.type);
      expect(e.name.trim().length, e.id).toBeGreaterThan(0);
      if (e.qid !== undefined) expect(e.qid).toMatch(/^Q[1-9]\d*$/);
      expect(e.mentions.length, `${e.id} has no mentions`).toBeGreaterThan(0);
      for (const id of e.mentions) {
        const m = mentionById.get(id);
        expect(m, `${e.id} lists unknown mention ${id}`).toBeDefined();
        expect(baseType(m!.label), `${id} in ${e.id}`).toBe(e.type);
        owners.set(id, [...(owners.get(id) ?? []), e.id]);
      }
    }
    for (const m of gold.mentions) {
      const expected = VALUE_LABELS.includes(m.label) ? 0 : 1;
      expect(owners.get(m.id)?.length ?? 0, `${m.id} "${m.text}"`).toBe(expected);
    }
  });

  it('has relations from the inventory between existing, type-compatible entities, with evidence naming both', () => {
    const from = prefixLength(text);
    for (const r of gold.relations) {
      const where = `${r.subject} ${r.predicate} ${r.object}`;
      expect(isPredicate(r.predicate), where).toBe(true);
      const signature: RelationSpec = RELATIONS[r.predicate as Predicate];
      const subject = entityById.get(r.subject);
      const object = entityById.get(r.object);
      expect(subject && object, where).toBeTruthy();
      expect(signature.subject, where).toContain(subject!.type);
      expect(signature.object, where).toContain(object!.type);
      expect(r.subject, where).not.toBe(r.object);
      const { start, end } = r.evidence;
      expect(start >= from && end <= text.length && start < end, where).toBe(true);
      const within = (e: GoldEntity) =>
        e.mentions.some((id) => {
          const m = mentionById.get(id)!;
          return m.start >= start && m.end <= end;
        });
      expect(within(subject!), `${where}: evidence has no subject mention`).toBe(true);
      expect(within(object!), `${where}: evidence has no object mention`).toBe(true);
    }
    const keys = gold.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(new Set(keys).size, 'duplicate relation').toBe(keys.length);
  });
});
});
