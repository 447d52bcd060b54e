import type { Predicate } from '../stages/relations/inventory.js';

/** A half-open range `[start, end)` of UTF-16 code units into `doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** The layers a stage can require or provide. */
export const LAYERS = ['text', 'meta', 'sentences', 'tokens', 'norms', 'mentions', 'values', 'entities', 'relations', 'jsonld'] as const;

/** A layer of the document model (LAYERS). */
export type Layer = (typeof LAYERS)[number];

/** A token: a non-empty slice of `doc.text`. */
export interface Token extends Span {
  /** Exactly `doc.text.slice(start, end)`. */
  text: string;
  /** Normal form (NFC, folded quotes and dashes, no soft hyphens); set by the normalize stage. */
  norm: string;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Parts of a hyphen compound (`Nvidia-Chef` -> `Nvidia`, `Chef`), as spans into `doc.text`. */
  parts?: Span[];
}

/** A sentence, with the range of its tokens `[tokenStart, tokenEnd)`. */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
  /** What kind of text block the sentence comes from. */
  block: 'headline' | 'lead' | 'caption' | 'heading' | 'body' | 'meta';
}

/** Entity base types: the four GermEval types plus products. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'OTH' | 'PRODUCT';
/** Value types. */
export type ValueType = 'MONEY' | 'DATE' | 'PERCENT';
/** GermEval-style mention kinds: the name itself, a derivation (`chinesischen`) or a part of a word (`Nvidia-Chef`). */
export type MentionKind = 'name' | 'deriv' | 'part';

/** A mention of an entity or a value. */
export interface Mention extends Span {
  id: string;
  text: string;
  type: EntityType | ValueType;
  kind: MentionKind;
  /** Stage or source that found it: `gazetteer`, `rule:role-before-name`, `model`, ... */
  source: string;
  confidence: number;
  /** KB entry id when the gazetteer matched it. */
  kbId?: string;
  /** Entity id, set by linking. */
  entity?: string;
}

/** A normalised value (money, date, percentage). */
export interface Value {
  mention: string;
  type: ValueType;
  /** Amount for money and percentages, ISO 8601 (possibly partial, `2025-07`, `--04`) for dates. */
  value: number | string;
  /** ISO 4217 currency of money values. */
  unit?: string;
}

/** An entity: a cluster of mentions of one thing. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Finer type: `Country`, `City`, `Corporation`, ... (schema.org local name). */
  subtype?: string;
  name: string;
  alternateNames: string[];
  mentions: string[];
  kbId?: string;
  /** Wikidata id when linked. */
  qid?: string;
  /** Stable IRI (set by linking). */
  iri: string;
}

/** Relation predicates: the keys of the relation inventory (src/stages/relations/inventory.ts). */
export type { Predicate };

/** A relation, subject first. */
export interface Relation {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  /** Index of the evidence sentence. */
  sentence: number;
  confidence: number;
  rule: string;
}

/** A message about the document, as data (vfile style). */
export interface Message {
  reason: string;
  ruleId: string;
  source: string;
  place?: Span;
  fatal: boolean;
}

/** Article metadata read by ingest. */
export interface DocMeta {
  /** Path relative to the input root, used for output naming and IRIs. */
  path: string;
  headline?: string;
  datePublished?: string;
  dateline?: string;
  url?: string;
  lang?: string;
  [key: string]: unknown;
}
