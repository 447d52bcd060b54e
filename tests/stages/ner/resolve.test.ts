import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/document/doc.js';
import { policyOrder, resolveOverlaps } from '../../../src/stages/ner/80-resolve.js';
import { packedOrder } from '../../../src/stages/ner/packed-order.js';
import { PRIORITY, type Candidate } from '../../../src/stages/ner/candidate.js';

const cand = (start: number, end: number, priority: number, source: string): Candidate => ({ start, end, priority, source, type: 'ORG', kind: 'name', confidence: 0.5 });

/** The merge order as first written: a stable sort of the candidates with a comparator. */
const referenceOrder = (candidates: Candidate[]) => [...candidates].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);

/** The merge policy as first written: each candidate in order against every accepted one, then text order. */
function referenceResolve(sentences: { start: number; end: number }[], candidates: Candidate[]): Candidate[] {
  const accepted: Candidate[] = [];
  for (const c of referenceOrder(candidates)) {
    if (c.end <= c.start || !sentences.some((s) => c.start >= s.start && c.end <= s.end)) continue;
    if (!accepted.some((a) => a.start < c.end && c.start < a.end)) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** A reproducible stream of numbers in [0, 1) (a linear congruential generator). */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** `n` candidates over `length` code units, priorities from `priorities`, many of them tied or overlapping. */
function candidates(n: number, length: number, priorities: number[], seed: number): Candidate[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const start = Math.floor(next() * length);
    return cand(start, start + Math.floor(next() * 12), priorities[Math.floor(next() * priorities.length)], `c${i}`);
  });
}

const INTEGER_PRIORITIES = Object.values(PRIORITY);

describe('policyOrder', () => {
  it.each([
    ['priority first: gazetteer before model', [cand(0, 5, PRIORITY.model, 'model'), cand(0, 5, PRIORITY.gazetteer, 'gazetteer')], ['gazetteer', 'model']],
    ['then length: `Deutsche Bahn` before `Bahn`', [cand(9, 13, PRIORITY.gazetteer, 'Bahn'), cand(0, 13, PRIORITY.gazetteer, 'Deutsche Bahn')], ['Deutsche Bahn', 'Bahn']],
    ['then position', [cand(20, 25, PRIORITY.role, 'later'), cand(3, 8, PRIORITY.role, 'earlier')], ['earlier', 'later']],
    ['ties keep their order', [cand(0, 4, PRIORITY.compound, 'first'), cand(0, 4, PRIORITY.compound, 'second')], ['first', 'second']],
    ['a priority that is no integer (comparator path)', [cand(0, 4, 20.5, 'half'), cand(0, 4, PRIORITY.model, 'model')], ['half', 'model']],
    ['a span beyond 65,536 code units (comparator path)', [cand(70_000, 70_004, PRIORITY.role, 'far'), cand(0, 4, PRIORITY.role, 'near')], ['near', 'far']],
  ])('%s', (_name, candidates, expected) => {
    expect(policyOrder(candidates).map((k) => candidates[k].source)).toEqual(expected);
    expect(policyOrder(candidates).map((k) => candidates[k])).toEqual(referenceOrder(candidates));
  });

  it.each([
    ['a few candidates (insertion sort)', 40, 3_000, INTEGER_PRIORITIES],
    ['many candidates (the built-in sort)', 900, 60_000, INTEGER_PRIORITIES],
    ['more than 1,024 candidates (comparator)', 1_500, 60_000, INTEGER_PRIORITIES],
    ['fractional priorities (comparator)', 200, 3_000, [20, 20.25, 30, 42.5]],
    ['a long document (comparator)', 300, 200_000, INTEGER_PRIORITIES],
  ])('agrees with the comparator sort: %s', (_name, n, length, priorities) => {
    for (const seed of [1, 2, 3]) {
      const list = candidates(n, length, priorities, seed);
      expect(policyOrder(list).map((k) => list[k])).toEqual(referenceOrder(list));
    }
  });
});

describe('packedOrder', () => {
  const keys = (values: number[]) => Float64Array.from(values);
  it.each([
    ['a priority of 128', [128], [0], [1]],
    ['a negative priority', [-1], [0], [1]],
    ['an end at 65,536', [50], [10], [65_536]],
    ['an end before the start', [50], [10], [9]],
  ])('leaves %s to the comparator', (_name, priority, start, end) => {
    expect(packedOrder(keys(priority), keys(start), keys(end), 1)).toBeUndefined();
  });
});

describe('resolveOverlaps', () => {
  it.each([
    ['the longer KB name wins', 'Die Deutsche Bahn fährt.', [cand(4, 17, PRIORITY.gazetteer + 2, 'Deutsche Bahn'), cand(13, 17, PRIORITY.gazetteer + 1, 'Bahn')], ['Deutsche Bahn']],
    ['a rule beats the model', 'Jensen Huang sprach.', [cand(0, 12, PRIORITY.model, 'model'), cand(0, 12, PRIORITY.gazetteer, 'gazetteer')], ['gazetteer']],
    ['a span across two sentences is dropped', 'Er kam. Nvidia sprach.', [cand(3, 14, PRIORITY.gazetteer, 'across'), cand(8, 14, PRIORITY.model, 'Nvidia')], ['Nvidia']],
    ['an empty span is dropped', 'China.', [cand(2, 2, PRIORITY.value, 'empty'), cand(0, 5, PRIORITY.gazetteer, 'China')], ['China']],
    ['accepted in text order', 'Trump und Huang.', [cand(10, 15, PRIORITY.propagated, 'Huang'), cand(0, 5, PRIORITY.gazetteer, 'Trump')], ['Trump', 'Huang']],
  ])('%s', (_name, text, list, expected) => {
    const doc = createDoc(text, {});
    doc.sentences.push(...sentencesOf(text));
    expect(resolveOverlaps(doc, list).map((c) => c.source)).toEqual(expected);
  });

  it.each([
    ['40 candidates', 40, 400],
    ['900 candidates', 900, 6_000],
    ['1,500 candidates', 1_500, 6_000],
  ])('agrees with the policy as first written: %s', (_name, n, length) => {
    const text = 'Wort. '.repeat(Math.ceil(length / 6));
    const doc = createDoc(text, {});
    doc.sentences.push(...sentencesOf(text));
    for (const seed of [4, 5, 6]) {
      const list = candidates(n, length, INTEGER_PRIORITIES, seed);
      expect(resolveOverlaps(doc, list)).toEqual(referenceResolve(doc.sentences, list));
    }
  });
});

/** Sentences ending after each period (enough for these tests). */
function sentencesOf(text: string) {
  const out = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '.') continue;
    out.push({ start, end: i + 1, tokenStart: 0, tokenEnd: 0, block: 'body' as const });
    start = i + 2;
  }
  return out;
}
