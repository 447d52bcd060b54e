import type { Doc } from '../../document/doc.js';
import type { EntityType } from '../../document/types.js';
import { mayStartUpper } from '../../cache/memo.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';

interface Known {
  type: EntityType;
  kbId?: string;
}

/**
 * True when an accepted name of the same type covers more than the span: `Gennadij Chalepo` found by the tagger
 * stays whole when `Chalepo` is known from an earlier `Coach Gennadij Chalepo` (the surname adds nothing there).
 */
function insideLonger(accepted: readonly Candidate[], span: { start: number; end: number }, type: string): boolean {
  return accepted.some((a) => a.kind === 'name' && a.type === type && a.start <= span.start && a.end >= span.end && a.end - a.start > span.end - span.start);
}

/**
 * In-document propagation: once a name is found, its other occurrences are mentions too: a person's surname
 * (`Huang` after `Jensen Huang`), genitives (`Trumps`, `Nvidias`), the name inside a compound (`Biden-Regierung`),
 * and the KB's context aliases of entries already named (`Volksrepublik` after `China`).
 */
export function propagateNames(doc: Doc, accepted: readonly Candidate[], index: GazetteerIndex): Candidate[] {
  const known = new Map<string, Known | null>();
  const learn = (form: string, info: Known) => {
    const previous = known.get(form);
    // Two different entities behind one form: ambiguous, do not propagate it.
    known.set(form, previous === undefined || (previous && previous.kbId === info.kbId && previous.type === info.type) ? info : null);
  };
  for (const c of accepted) {
    // The model's guesses are not propagated: one wrong guess would repeat through the article.
    if (c.kind !== 'name' || c.source === 'model' || !['PER', 'ORG', 'LOC', 'PRODUCT', 'OTH'].includes(c.type)) continue;
    const text = doc.text.slice(c.start, c.end);
    const info = { type: c.type as EntityType, kbId: c.kbId };
    learn(stripGenitive(text) && c.source === 'gazetteer' ? text.replace(/['’]?s?$/, '') : text, info);
    if (c.type === 'PER') learn(text.split(/\s+/).at(-1)!.replace(/['’]$/, ''), info);
    if (c.kbId) for (const alias of index.byId.get(c.kbId)?.contextAliases ?? []) learn(alias, info);
  }
  const out: Candidate[] = [];
  for (const token of doc.tokens) {
    if (!mayStartUpper(token.norm)) continue;
    const hit = known.get(token.norm) ?? known.get(stripGenitive(token.norm) ?? '');
    if (hit && !insideLonger(accepted, token, hit.type)) out.push({ start: token.start, end: token.end, ...hit, kind: 'name', source: 'propagated', confidence: 0.8, priority: PRIORITY.propagated });
    for (const part of token.parts ?? []) {
      const info = known.get(doc.text.slice(part.start, part.end));
      if (info) out.push({ ...part, ...info, kind: 'part', source: 'propagated', confidence: 0.75, priority: PRIORITY.propagated });
    }
  }
  return out;
}
