import { describe, expect, it } from 'vitest';
import { extract, qidsOfName } from '../helpers/pipeline.js';

/**
 * Operating systems in data/kb/curated/products.jsonl (issue 15, seventeenth session). Regression: on the Leipzig
 * 2015 sentences the tagger took `Windows` for a person 15 times (no KB entry said otherwise); as a KB product the
 * gazetteer names it, and it links. Sentences written for this test.
 */
describe('operating systems are products with their Wikidata ids', () => {
  it.each([
    ['Windows', 'Microsoft verteilt ein Sicherheitsupdate für Windows.', 'Q1406'],
    ['Windows after a verb', 'Nutzer können Windows kostenlos aktualisieren.', 'Q1406'],
    ['Android', 'Das neue Smartphone läuft mit Android.', 'Q94'],
    ['iOS', 'Apple hat eine neue Version von iOS vorgestellt.', 'Q48493'],
    ['Linux', 'Viele Server in Rechenzentren laufen unter Linux.', 'Q388'],
    ['macOS', 'Die App gibt es auch für macOS.', 'Q14116'],
  ])('%s', async (name, text, qid) => {
    const doc = await extract(text);
    const word = name.split(' ')[0];
    expect(doc.mentions.filter((m) => m.text === word).map((m) => m.type)).toEqual(['PRODUCT']);
    expect(qidsOfName(doc, word)).toEqual([qid]);
  });
});
