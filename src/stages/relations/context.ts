import type { Doc } from '../../document/doc.js';
import type { Entity, Mention, Predicate, Relation, Token } from '../../document/types.js';
import type { Kb } from '../../kb/load.js';
import { tokenCues } from './token-cues.js';

/** The mentions of a token without any: shared, never changed. */
const NO_MENTIONS: Mention[] = [];

/** A relation proposed by a rule, before duplicates are merged. */
export type Proposal = Omit<Relation, 'id'>;

/** What relation rules see: the document with look-ups from tokens to mentions and from mentions to entities. */
export class RelationContext {
  /** Mentions by token; most tokens have none and no array of their own. */
  private readonly byToken: Array<Mention[] | undefined>;
  private readonly entities: Map<string, Entity>;
  private readonly ranges = new Map<string, [number, number]>();
  /** Mentions by id. */
  readonly mentionById: Map<string, Mention>;
  /** Cue bits (cues.ts) by token and by sentence, and of the whole document. */
  private readonly cues: Int32Array;
  private readonly sentenceCues: Int32Array;
  private readonly documentCues: number;

  constructor(readonly doc: Doc, readonly kb: Kb) {
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));
    this.byToken = new Array<Mention[] | undefined>(doc.tokens.length);
    let k = 0;
    const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      while (k < doc.tokens.length && doc.tokens[k].end <= m.start) k++;
      let last = k;
      for (let j = k; j < doc.tokens.length && doc.tokens[j].start < m.end; j++) {
        (this.byToken[j] ??= []).push(m);
        last = j;
      }
      this.ranges.set(m.id, [k, last]);
    }
    this.mentionById = new Map(doc.mentions.map((m) => [m.id, m]));
    const cues = tokenCues(doc.tokens, doc.sentences);
    this.cues = cues.tokens;
    this.sentenceCues = cues.sentences;
    this.documentCues = cues.tokens.reduce((all, bits) => all | bits, 0);
  }

  /** True when token `i` has one of the cue bits `bits` (a CUE value, or several or'ed). */
  hasCue(i: number, bits: number): boolean {
    return (this.cues[i] & bits) !== 0;
  }

  /** True when a token of sentence `s` (its index) has one of the cue bits `bits`. */
  sentenceHasCue(s: number, bits: number): boolean {
    return (this.sentenceCues[s] & bits) !== 0;
  }

  /** True when a token of the document has one of the cue bits `bits`. */
  documentHasCue(bits: number): boolean {
    return (this.documentCues & bits) !== 0;
  }

  /** Mentions overlapping token `i`. */
  mentionsAt(i: number): readonly Mention[] {
    return this.byToken[i] ?? NO_MENTIONS;
  }

  /** The entity of a mention. */
  entityOf(m: Mention | undefined): Entity | undefined {
    return m?.entity ? this.entities.get(m.entity) : undefined;
  }

  /** Index of the first and last token of a mention. */
  tokenRange(m: Mention): [number, number] {
    return this.ranges.get(m.id) ?? [-1, -1];
  }

  token(i: number): Token | undefined {
    return this.doc.tokens[i];
  }

  /** Entity of type `types` at token `i`, if exactly one mention there has one. */
  entityAt(i: number, types: readonly string[], kinds: readonly string[] = ['name', 'part', 'deriv']): Entity | undefined {
    // One pass without intermediate arrays: this runs for many tokens of every sentence.
    let found: Entity | undefined;
    let count = 0;
    for (const m of this.mentionsAt(i)) {
      if (!kinds.includes(m.kind)) continue;
      const e = this.entityOf(m);
      if (e && types.includes(e.type)) {
        found = e;
        count++;
      }
    }
    return count === 1 ? found : undefined;
  }

  /** A proposal for sentence of token `i`. */
  propose(subject: Entity, predicate: Predicate, object: Entity, tokenIndex: number, confidence: number, rule: string): Proposal {
    return { subject: subject.id, predicate, object: object.id, sentence: this.doc.tokens[tokenIndex].sentence, confidence, rule };
  }
}
