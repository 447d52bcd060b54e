import { describe, expect, it } from 'vitest';
import { sentenceDocs } from '../../../src/eval/links/leipzig.js';
import type { EvalDoc, EvalMention } from '../../../src/eval/pipeline-api.js';
import { predictedSpans, toWords } from '../../../src/eval/realnews/predict.js';

const sentences = ['Erster Satz.', 'Die Nvidia-Chips kosten 10 Millionen Euro in Berlin Mitte.'];
const [sd] = sentenceDocs(sentences, 10);
const at = (s: string) => sd.text.indexOf(s);
const mention = (s: string, type: string, kind: EvalMention['kind'] = 'name', within = s): EvalMention => ({
  id: s,
  start: at(within) + within.indexOf(s),
  end: at(within) + within.indexOf(s) + s.length,
  type,
  kind,
});
const doc = (mentions: EvalMention[]): EvalDoc => ({ text: sd.text, tokens: [], mentions, entities: [], relations: [] });
const show = (d: EvalDoc) => predictedSpans(d, sd, 1).map((s) => `${sentences[1].slice(s.start, s.end)}/${s.label}`);

describe('predicted outer mentions of a sentence', () => {
  it.each([
    ['Nvidia', 'Nvidia-Chips'],
    ['Chip', 'Nvidia-Chips'],
    ['Berlin', 'Berlin'],
  ])('toWords widens "%s" to the whole token "%s"', (part, whole) => {
    const s = sentences[1];
    const w = toWords(s, s.indexOf(part), s.indexOf(part) + part.length);
    expect(s.slice(w.start, w.end)).toBe(whole);
  });

  it.each([
    ['a part mention tags its whole token', [mention('Nvidia', 'ORG', 'part')], ['Nvidia-Chips/ORGpart']],
    ['a money value scores its currency as OTH', [mention('10 Millionen Euro', 'MONEY')], ['Euro/OTH']],
    ['PRODUCT is OTH, dates are dropped', [mention('Chips', 'PRODUCT'), mention('Erster', 'DATE')], ['Nvidia-Chips/OTH']],
    ['only the outer of nested mentions', [mention('Berlin', 'LOC'), mention('Berlin Mitte', 'LOC')], ['Berlin Mitte/LOC']],
    ['a crossing mention is dropped', [mention('in Berlin', 'LOC'), mention('Berlin Mitte', 'ORG')], ['in Berlin/LOC']],
    ['mentions of other sentences are left out', [mention('Satz', 'ORG')], []],
  ])('%s', (_name, mentions, expected) => {
    expect(show(doc(mentions))).toEqual(expected);
  });
});
