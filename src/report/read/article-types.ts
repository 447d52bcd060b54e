import type { Category, MentionKind } from '../types.js';

/** A mention of an article: NIF offsets in code points (`begin`, `end`) and in UTF-16 (`start`, `stop`). */
export interface ReportMention {
  begin: number;
  end: number;
  start: number;
  stop: number;
  anchor: string;
  kind: MentionKind;
  source: string;
  confidence: string;
  category: Category;
  /** The entity IRI (`itsrdf:taIdentRef`); values have none. */
  entity?: string;
  /** The IRI of the sentence the mention lies in. */
  sentence?: string;
}

/** An entity of an article. */
export interface ReportEntity {
  iri: string;
  name: string;
  alternateNames: string[];
  category: Category;
  /** `Q182477` when `schema:sameAs` names a Wikidata entity. */
  qid?: string;
}

/** A NIF sentence: offsets in code points and UTF-16. */
export interface ReportSentence {
  iri: string;
  begin: number;
  end: number;
  start: number;
  stop: number;
}

/** A relation statement with its evidence sentence. */
export interface ReportRelation {
  subject: string;
  object: string;
  /** The inventory name (`headOf`) and the predicate IRI. */
  relation: string;
  predicate: string;
  confidence: string;
  rule: string;
  evidence?: ReportSentence;
}

/** What the report shows of one article's JSON-LD file. */
export interface ReportArticle {
  /** The JSON-LD file, relative to the output folder, with `/`. */
  file: string;
  sourcePath?: string;
  headline?: string;
  date?: string;
  text: string;
  sentences: ReportSentence[];
  mentions: ReportMention[];
  entities: ReportEntity[];
  relations: ReportRelation[];
}
