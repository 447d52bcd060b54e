import type { Doc } from '../../document/doc.js';
import type { EntityType, Mention, Span } from '../../document/types.js';
import type { Stage } from '../../pipeline/stage.js';

/** compromise's selections and the entity types they give. Earlier ones win ties between overlapping spans. */
type Selection = { json(options: object): unknown };
/** compromise's entry point, imported when an English pipeline is built (a German run never loads it). */
type Nlp = typeof import('compromise').default;
const SELECTIONS: Array<[EntityType, (d: ReturnType<Nlp>) => Selection]> = [
  ['PER', (d) => d.people()],
  ['ORG', (d) => d.organizations()],
  ['LOC', (d) => d.places()],
];

interface CompromiseMatch {
  terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
}

interface Found extends Span {
  type: EntityType;
}

/**
 * Trims a span found by compromise to the name itself: surrounding punctuation and quotes, a possessive `'s`,
 * and a leading article (`the United Nations` -> `United Nations`).
 */
export function trimName(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  const strip = (re: RegExp) => {
    const m = re.exec(text.slice(start, end));
    if (m) end -= m[0].length;
  };
  strip(/['’]s?$|[\s.,;:!?)"'“”’\]]+$/u);
  strip(/['’]s$/u);
  strip(/[\s.,;:!?)"'“”’\]]+$/u);
  while (start < end && /[\s("'“‘[]/u.test(text[start])) start++;
  const article = /^(the|The)\s+/.exec(text.slice(start, end));
  if (article && end - start > article[0].length) start += article[0].length;
  return end > start && /\p{L}/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

/**
 * Names in one sentence by compromise, with offsets into `doc.text`. compromise reports term offsets into the
 * string it read; each is checked against the text and re-found nearby if compromise normalised it.
 */
function sentenceNames(nlp: Nlp, doc: Doc, sentence: Span): Found[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const parsed = nlp(text);
  const found: Found[] = [];
  for (const [type, select] of SELECTIONS) {
    for (const match of select(parsed).json({ offset: true, terms: { offset: true } }) as CompromiseMatch[]) {
      // Term offsets leave out punctuation; titles (`President`, `Dr.`) are not part of the name.
      const terms = match.terms.filter((t) => t.text);
      while (terms.length > 1 && terms[0].tags.includes('Honorific')) terms.shift();
      if (!terms.length) continue;
      const first = terms[0];
      const last = terms[terms.length - 1];
      let start = first.offset.start;
      let end = last.offset.start + last.offset.length;
      const want = text.slice(start, end);
      if (!want.startsWith(first.text) || !want.endsWith(last.text)) {
        // compromise normalised the text it read: find the name's words in the sentence near where it said.
        const near = text.indexOf(first.text, Math.max(0, start - 16));
        const tail = near < 0 ? -1 : text.indexOf(last.text, near);
        if (tail < 0) continue;
        [start, end] = [near, tail + last.text.length];
      }
      const span = trimName(doc.text, { start: sentence.start + start, end: sentence.start + end });
      if (span) found.push({ ...span, type });
    }
  }
  return found;
}

/** Keeps the longest of overlapping spans (ties: the earlier type in {@link SELECTIONS}). */
function resolveOverlaps(found: Found[]): Found[] {
  const rank = (t: EntityType) => SELECTIONS.findIndex(([type]) => type === t);
  const ordered = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.type) - rank(b.type) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of ordered) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * English names by compromise (`ner.en-compromise.v1`): people -> PER, places -> LOC, organisations -> ORG,
 * as mentions with exact offsets into `doc.text`, each inside one sentence (compromise reads one at a time).
 */
export const nerEnCompromiseStage: Stage = {
  id: 'ner.en-compromise.v1',
  requires: ['tokens', 'sentences'],
  provides: ['mentions'],
  async create() {
    const nlp = (await import('compromise')).default;
    return (doc) => {
      let n = 0;
      for (const sentence of doc.sentences) {
        for (const f of resolveOverlaps(sentenceNames(nlp, doc, sentence))) {
          const mention: Mention = { id: `m${++n}`, start: f.start, end: f.end, text: doc.text.slice(f.start, f.end), type: f.type, kind: 'name', source: 'compromise', confidence: 0.6 };
          doc.mentions.push(mention);
        }
      }
      doc.layers.add('mentions');
    };
  },
};
