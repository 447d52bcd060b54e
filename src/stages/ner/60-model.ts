import type { Doc } from '../../document/doc.js';
import type { EntityType, MentionKind, Token } from '../../document/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { tokenWords, type WordInfo } from '../../cache/word-info.js';
import { TAGS } from '../../model/labels.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** What the ner stage needs from the learned tagger (src/model/). */
export interface SequenceTagger {
  tag(words: string[]): string[];
  /** Tag indices (into `TAGS` of src/model/labels.ts) for the words' shared records (faster: no string look-ups). */
  tagWords?(words: readonly WordInfo[]): Int32Array;
}

/** Per tag index of src/model/labels.ts: `B`, `I` or `O`, and the label (`PER`, `ORGpart`, `` for `O`). */
const BIO = TAGS.map((t) => t.slice(0, 1));
const LABEL = TAGS.map((t) => t.slice(2));

/** The tags of one sentence as indices into `TAGS`. */
function sentenceTags(doc: Doc, from: number, to: number, tagger: SequenceTagger): ArrayLike<number> {
  if (tagger.tagWords) {
    const words = tokenWords(doc.tokens);
    const infos: WordInfo[] = [];
    for (let i = from; i < to; i++) infos.push(words.at(i));
    return tagger.tagWords(infos);
  }
  return tagger.tag(doc.tokens.slice(from, to).map((t) => t.norm)).map((tag) => TAGS.indexOf(tag));
}

/** Splits a GermEval label (`ORGpart`) into type and kind. */
export function parseLabel(label: string): { type: EntityType; kind: MentionKind } | undefined {
  const m = /^(PER|ORG|LOC|OTH)(deriv|part)?$/.exec(label);
  return m ? { type: m[1] as EntityType, kind: (m[2] as MentionKind | undefined) ?? 'name' } : undefined;
}

/** The span of a `part` mention inside its token: the first capitalised part that is not a common noun. */
function partSpan(doc: Doc, token: Token) {
  const part = token.parts?.find((p) => {
    const w = doc.text.slice(p.start, p.end);
    return /^[\p{Lu}\d]/u.test(w) && !isCommonNoun(w);
  });
  return part ?? token;
}

/** Mentions from the learned tagger, sentence by sentence, BIO chunks as conlleval reads them. */
export function findModelMentions(doc: Doc, tagger: SequenceTagger): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const tags = sentenceTags(doc, s.tokenStart, s.tokenEnd, tagger);
    let open: { from: number; label: string } | undefined;
    const close = (to: number) => {
      if (!open) return;
      const parsed = parseLabel(open.label);
      if (parsed) {
        const span = parsed.kind === 'part' && to - open.from === 1 ? partSpan(doc, tokens[open.from]) : { start: tokens[open.from].start, end: tokens[to - 1].end };
        out.push({ start: span.start, end: span.end, ...parsed, source: 'model', confidence: 0.6, priority: PRIORITY.model });
      }
      open = undefined;
    };
    for (let k = 0; k < tags.length; k++) {
      const bio = BIO[tags[k]] ?? 'O';
      const label = LABEL[tags[k]] ?? '';
      if (bio === 'O') close(k);
      else if (bio === 'B' || !open || open.label !== label) {
        close(k);
        open = { from: k, label };
      }
    }
    close(tokens.length);
  }
  return out;
}
