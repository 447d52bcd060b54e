import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { looksLikeNamePart } from './50-role-names.js';

/**
 * A party's local branch is one organisation: `der SPÖ Leopoldstadt`, `NEOS Wien`, `die CDU Sachsen`. A KB party
 * (schema type `PoliticalParty`) followed directly by a place name of any source becomes one ORG, without the
 * party's KB id (the branch is not the party), raised above the gazetteer so that neither piece stands alone.
 * Not across a comma or a line (`SPÖ, Wien`): the place must be the very next token in the same sentence. A place no
 * source found counts too when the next word looks like a name and the word after it does not (`Leopoldstadt`, a
 * Vienna district the tagger may leave out; not `SPÖ Michael Ludwig`, a person).
 */
export function findPartyBranches(doc: Doc, candidates: readonly Candidate[], index: GazetteerIndex): Candidate[] {
  const places = candidates.filter((c) => c.type === 'LOC' && c.kind === 'name');
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.source !== 'gazetteer' || c.type !== 'ORG' || !c.kbId || index.byId.get(c.kbId)?.schemaType !== 'PoliticalParty') continue;
    const last = firstStartingAt(doc.tokens, c.end) - 1;
    const next = doc.tokens[last + 1];
    if (!next || last < 0 || next.sentence !== doc.tokens[last].sentence || doc.tokens[last].end !== c.end) continue;
    const end = places.find((p) => p.start === next.start)?.end ?? (unknownPlace(doc, last + 1) ? next.end : undefined);
    if (end !== undefined) out.push({ start: c.start, end, type: 'ORG', kind: 'name', source: 'rule:party-branch', confidence: 0.7, priority: PRIORITY.gazetteer + 21 });
  }
  return out;
}

/** True when token `i` looks like a name no source found, alone: the next token of its sentence is no name part. */
function unknownPlace(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (!looksLikeNamePart(t[i]) || t[i].parts) return false;
  const after = t[i + 1];
  return !after || after.sentence !== t[i].sentence || !looksLikeNamePart(after, true);
}
