import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TAGS, transitionAllowed } from '../../../src/model/labels.js';
import { readSmartData } from '../../../src/model/readers/smartdata.js';

/** A SmartData file (concatenated pretty-printed JSON, gzipped) of one document with the given person spans. */
function smartDataFile(text: string, persons: Array<[number, number]>): string {
  const doc = { text: { string: text }, conceptMentions: { array: persons.map(([start, end]) => ({ span: { start, end }, type: 'person' })) } };
  const file = join(mkdtempSync(join(tmpdir(), 'faktum-smartdata-')), 'train.json.gz');
  writeFileSync(file, gzipSync(JSON.stringify(doc, null, 2)));
  return file;
}

/** True when some BIO-legal tag path fits the masks (any tag with an allowed predecessor, from the start). */
function hasLegalPath(masks: readonly number[]): boolean {
  let reachable = new Set([-1]);
  for (const mask of masks) {
    const next = new Set<number>();
    for (let tag = 0; tag < TAGS.length; tag++) if (mask & (1 << tag) && [...reachable].some((p) => transitionAllowed(p, tag))) next.add(tag);
    if (!next.size) return false;
    reachable = next;
  }
  return true;
}

describe('SmartData reader', () => {
  it.each([
    ['a name across a line break (regression: the second part started with I-PER)', 'Das sagte Hans\nLorenz am Montag in Berlin.', [[10, 21]], 1],
    ['two sentences and a name inside the first', 'Das sagte Hans Lorenz.\nDie Bahn fährt wieder.', [[10, 21]], 2],
  ] as const)('%s', (_case, text, persons, sentences) => {
    const read = readSmartData(smartDataFile(text, persons.map(([a, b]) => [a, b])));
    expect(read).toHaveLength(sentences);
    for (const s of read) expect(hasLegalPath(s.masks)).toBe(true);
    expect(read.flatMap((s) => s.words)).toContain('Lorenz');
  });
});
