import type { EvalDoc, EvalMention } from '../pipeline-api.js';
import type { NestedTags } from './germeval-score.js';

const VALUE_TYPES = new Set(['MONEY', 'DATE', 'PERCENT']);

/** The GermEval 2014 label of a mention: type plus kind suffix, PRODUCT as OTH; undefined for values. */
export function germEvalLabel(m: Pick<EvalMention, 'type' | 'kind'>): string | undefined {
  if (VALUE_TYPES.has(m.type)) return undefined;
  const type = m.type === 'PRODUCT' ? 'OTH' : m.type;
  return m.kind === 'name' ? type : `${type}${m.kind}`;
}

interface TokenSpan {
  first: number;
  last: number;
  label: string;
}

/**
 * Turns a document built from pre-tokenized sentences into GermEval outer and inner BIO tags. A mention tags
 * every token it touches (a `part` mention inside `Nvidia-Chef` tags the whole token, as GermEval does).
 * Mentions not inside another become outer chunks (longest first where they overlap); mentions inside an outer
 * chunk become inner chunks; anything deeper or crossing is dropped, since GermEval has two levels. A second
 * mention over the same tokens with another label becomes inner (GermEval has such pairs).
 *
 * Scheme conversion for money: faktum reports `3 Millionen Euro` as one MONEY value with the currency as its
 * unit; GermEval 2014 labels the currency word alone OTH (`Euro`, `Dollar`, `EUR`, `€`: every currency token of
 * its dev set). The last token of a money mention, which is always its currency, becomes an OTH chunk.
 */
export function docToNestedTags(doc: EvalDoc, sentences: string[][]): NestedTags[] {
  const total = sentences.reduce((n, s) => n + s.length, 0);
  if (doc.tokens.length !== total) {
    throw new Error(`pipeline returned ${doc.tokens.length} tokens for ${total} input words; extractTokens must keep the words`);
  }
  const spans: TokenSpan[] = [];
  for (const m of doc.mentions) {
    const label = germEvalLabel(m);
    const covered = tokenRange(doc.tokens, m.start, m.end);
    if (!covered) continue;
    if (label) spans.push({ ...covered, label });
    else if (m.type === 'MONEY' && covered.last > covered.first) spans.push({ first: covered.last, last: covered.last, label: 'OTH' });
  }
  spans.sort((a, b) => a.first - b.first || b.last - a.last);
  const outer: TokenSpan[] = [];
  const inner: TokenSpan[] = [];
  // Spans are sorted by start, longest first, and each level is non-overlapping: only the latest span of a
  // level can contain or overlap the next one.
  for (const s of spans) {
    const o = outer[outer.length - 1];
    if (!o || o.last < s.first) {
      outer.push(s);
      continue;
    }
    const inside = o.first <= s.first && s.last <= o.last;
    const duplicate = o.first === s.first && o.last === s.last && o.label === s.label;
    const i = inner[inner.length - 1];
    if (inside && !duplicate && (!i || i.last < s.first)) inner.push(s);
  }
  const outerTags = bio(outer, total);
  const innerTags = bio(inner, total);
  const result: NestedTags[] = [];
  let k = 0;
  for (const s of sentences) {
    result.push({ outer: outerTags.slice(k, k + s.length), inner: innerTags.slice(k, k + s.length) });
    k += s.length;
  }
  return result;
}

function tokenRange(tokens: EvalDoc['tokens'], start: number, end: number): { first: number; last: number } | undefined {
  // Tokens are ordered and non-overlapping: binary search for the first token ending after `start`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = -1;
  for (let i = lo; i < tokens.length && tokens[i].start < end; i++) last = i;
  return last < 0 ? undefined : { first: lo, last };
}

function bio(spans: TokenSpan[], length: number): string[] {
  const tags: string[] = new Array(length).fill('O');
  for (const s of spans) {
    for (let i = s.first; i <= s.last; i++) tags[i] = `${i === s.first ? 'B' : 'I'}-${s.label}`;
  }
  return tags;
}
