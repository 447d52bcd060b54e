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
  /** A KB product with its number or suffix (`iPhone 17`) beats the bare KB name (`iPhone`). */
  productExtension: 56,
  gazetteer: 50,
  adjective: 47,
  compound: 45,
  product: 42,
  role: 40,
  propagated: 30,
  model: 20,
  /** Gap fillers that yield to the tagger: the speaker after a quote (`"...", so Pock`). */
  speaker: 19,
  /** A demonym of a town of the link-only tables (`Reinacher`): a gap filler too, the tagger's longer name wins (`Plauener Straße`). */
  townDemonym: 19,
  /** Model mentions re-typed from context (`Hersteller Vestas` -> ORG); still below every rule. */
  modelRetyped: 22,
} as const;
