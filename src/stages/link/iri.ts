import type { EntityType } from '../../document/types.js';

/** Base of faktum's entity IRIs. */
export const ENTITY_BASE = 'https://w3id.org/faktum/id/';

/** A URL-safe slug of a name: lower case, NFC, runs of other characters as `-`, percent-encoded (`Müller` -> `m%C3%BCller`). */
export function slug(name: string): string {
  const s = name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return encodeURIComponent(s || 'x');
}

/**
 * The stable IRI of an entity: from its Wikidata id when linked (`.../id/wd/Q182477`), otherwise from its type and
 * normalised name (`.../id/per/anna-klein`), so that two articles naming the same thing give the same IRI.
 */
export function entityIri(type: EntityType, name: string, qid?: string): string {
  return qid ? `${ENTITY_BASE}wd/${qid}` : `${ENTITY_BASE}${type.toLowerCase()}/${slug(name)}`;
}
