import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonRecords } from '../../src/batch/json-records.js';
import { readLinkGold } from '../../src/eval/links/gold.js';

const file = 'corpus/links/leipzig-2020.gold.json';

/** Regression: as JSON Lines with a `text` per mention, `npm start` (faktum run corpus) read 451 gold lines as articles. */
describe('the linking gold set', () => {
  it('is passed over by faktum run as no article', () => {
    const records = [...jsonRecords(readFileSync(file, 'utf8'), 'links/leipzig-2020.gold.json', file, { maxBytes: 1e8 } as never, () => true)];
    expect(records.map((r) => (r.ok ? 'article' : r.ruleId))).toEqual(['not-article']);
  });

  it('holds at least 400 scorable mentions, each inside its sentence list, annotated over whole sentences', () => {
    const gold = readLinkGold(file);
    const scorable = gold.mentions.filter((m) => m.qid !== '?');
    expect(scorable.length).toBeGreaterThanOrEqual(400);
    const covered = new Set(gold.sentences);
    expect(gold.mentions.filter((m) => !covered.has(m.sentence))).toEqual([]);
    expect(gold.region).toBe('all');
  });
});
