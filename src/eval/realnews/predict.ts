import { germEvalLabel } from '../conll/doc-to-tags.js';
import type { SentenceDoc } from '../links/leipzig.js';
import type { EvalDoc } from '../pipeline-api.js';

/** A labelled span of one sentence (UTF-16 offsets into the sentence). */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

// Characters that continue a word: GermEval labels whole tokens, and `Nvidia-Chips` (hyphen, soft hyphen) is one.
const WORD = /[\p{L}\p{N}\u00AD-]/u;

/** Widens `[start, end)` to the whole words it touches, as GermEval's token labels do (`part` inside a compound). */
export function toWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && WORD.test(text[start - 1])) start--;
  while (end < text.length && WORD.test(text[end])) end++;
  return { start, end };
}

/** The span of the last word of `[start, end)`: a money value's currency (`10 Millionen Euro` → `Euro`). */
function lastWord(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const m = /(\S+?)[.,;:!?)"»“]*\s*$/u.exec(text.slice(start, end));
  if (!m || m.index === 0) return undefined;
  return { start: start + m.index, end: start + m.index + m[1].length };
}

/**
 * The pipeline's mentions in sentence `index` of a document, as GermEval outer mentions: each mention's label
 * from {@link germEvalLabel} (PRODUCT as OTH; dates and percentages dropped; a money value's currency word as
 * OTH, the scheme conversion of doc-to-tags.ts), widened to whole words, then only those not inside (or
 * crossing) a longer one, sorted by start.
 */
export function predictedSpans(doc: EvalDoc, sd: SentenceDoc, index: number): LabelledSpan[] {
  const sentence = sd.sentences[index];
  const from = sd.starts[index];
  const to = from + sentence.length;
  const spans: LabelledSpan[] = [];
  for (const m of doc.mentions) {
    if (m.start < from || m.end > to) continue;
    let span: { start: number; end: number } | undefined = { start: m.start - from, end: m.end - from };
    let label = germEvalLabel(m);
    if (!label && m.type === 'MONEY') {
      span = lastWord(sentence, span.start, span.end);
      label = 'OTH';
    }
    if (!label || !span) continue;
    spans.push({ ...toWords(sentence, span.start, span.end), label });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: LabelledSpan[] = [];
  for (const s of spans) {
    const last = outer[outer.length - 1];
    if (!last || last.end <= s.start) outer.push(s);
  }
  return outer;
}
