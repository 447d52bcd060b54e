import type { Doc } from '../../document/doc.js';
import { loadLexicons } from '../../model/lexicons.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** A capitalised word that may be a surname: letters (with apostrophes or hyphens), not all capitals. */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * A person in brackets after a name: the cast of film and television news writes the role and then its actor,
 * `Tyrion (Peter Dinklage)`, `Kommissar Thiel (Axel Prahl)`. A known first name (humannames) and one or two more
 * name words, alone in the brackets right after a capitalised word, are a person, above the tagger (which read
 * `Peter Dinklage` there as a place, model 1.2.0). Not when the first word is also a country or city name.
 */
export function findBracketPersons(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const l = loadLexicons();
  for (let i = 1; i + 3 < t.length; i++) {
    if (t[i].norm !== '(' || !/^\p{Lu}/u.test(t[i - 1].norm) || t[i - 1].sentence !== t[i].sentence) continue;
    const first = t[i + 1].norm;
    if (!NAME_WORD.test(first) || !l.names.has(first) || l.countries.has(first) || l.cities.has(first)) continue;
    let j = i + 2;
    while (j < t.length && j - i <= 3 && t[j].sentence === t[i].sentence && NAME_WORD.test(t[j].norm)) j++;
    if (j === i + 2 || j >= t.length || t[j].norm !== ')') continue;
    out.push({ start: t[i + 1].start, end: t[j - 1].end, type: 'PER', kind: 'name', source: 'rule:bracket-person', confidence: 0.75, priority: PRIORITY.modelRetyped + 1 });
  }
  return out;
}
