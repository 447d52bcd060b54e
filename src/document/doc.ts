import type { DocMeta, Entity, Layer, Mention, Message, Relation, Sentence, Span, Token, Value } from './types.js';

/** The document: the source text, never rewritten, and layers that point into it by offsets. */
export interface Doc {
  readonly text: string;
  meta: DocMeta;
  /** Spans of `text` that are not article prose (the metadata prefix). Tokenizers skip them. */
  skip: Span[];
  /** Blocks of the article (headline, caption, ...), as spans with their kind. */
  blocks: Array<Span & { block: Sentence['block'] }>;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  values: Value[];
  entities: Entity[];
  relations: Relation[];
  messages: Message[];
  /** The serialised extraction (JSON-LD), set by the jsonld stage. */
  output?: Record<string, unknown>;
  /** Layers provided so far. */
  layers: Set<Layer>;
}

/** Creates an empty document over `text`. */
export function createDoc(text: string, meta: Partial<DocMeta> = {}): Doc {
  return {
    text,
    meta: { path: 'document', ...meta },
    skip: [],
    blocks: [],
    sentences: [],
    tokens: [],
    mentions: [],
    values: [],
    entities: [],
    relations: [],
    messages: [],
    layers: new Set<Layer>(['text']),
  };
}

/** Adds a message to the document and returns it. */
export function addMessage(doc: Doc, message: Omit<Message, 'fatal'> & { fatal?: boolean }): Message {
  const full: Message = { fatal: false, ...message };
  doc.messages.push(full);
  return full;
}

/** True when a fatal message ends this document. */
export function hasFatal(doc: Doc): boolean {
  return doc.messages.some((m) => m.fatal);
}
