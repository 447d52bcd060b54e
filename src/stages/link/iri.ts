import type { EntityType } from '../../document/types.js';

/** Base of faktum's entity IRIs. */
export const ENTITY_BASE = 'https://w3id.org/faktum/id/';

/** A URL-safe slug of a name: lower case, NFC, runs of other characters as `-`, percent-encoded (`Müller` -> `m%C3%BCller`). */
export function slug(name: string): string {
  const ascii = asciiSlug(name);
  if (ascii !== undefined) return ascii;
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

/**
 * slug for an ASCII name without regular expressions or encoding (most names): letters and digits in lower
 * case, each run of other characters one `-`, none at either end; `x` when nothing is left. Undefined for a name
 * with any other character.
 */
export function asciiSlug(name: string): string | undefined {
  let out = '';
  let dash = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out) out += '-';
      dash = false;
      out += String.fromCharCode(c);
    } else dash = true;
  }
  return out || 'x';
}
