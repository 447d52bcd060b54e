import type { EntityType, MentionKind, Span, Value, ValueType } from '../../document/types.js';

/** A mention proposed by one source, before the merge policy decides. */
export interface Candidate extends Span {
  type: EntityType | ValueType;
  kind: MentionKind;
  source: string;
  confidence: number;
  /** Higher wins an overlap (see README.md in this folder). */
  priority: number;
  kbId?: string;
  value?: Omit<Value, 'mention'>;
}

/** Source priorities of the merge policy. */
export const PRIORITY = {
  value: 60,
  gazetteer: 50,
  adjective: 47,
  compound: 45,
  role: 40,
  propagated: 30,
  model: 20,
} as const;
