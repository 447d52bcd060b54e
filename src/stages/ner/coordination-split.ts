import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import type { Candidate } from './candidate.js';

const CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie']);

/**
 * Cuts the tagger's organisation and place spans at a conjunction between two names of capitalised words:
 * `Austrian Airlines und Brussels Airlines` -> `Austrian Airlines`, `Brussels Airlines`; `Sachsen und Thüringen`.
 * Names with a lower-case word or a hyphenated first half keep theirs (`Ministerium für Umwelt und Verbraucherschutz`,
 * `Klima- und Transformationsfonds`); persons and works are left whole (`Krieg und Frieden`).
 */
export function splitAtConjunctions(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'name' || (c.type !== 'ORG' && c.type !== 'LOC')) {
      out.push(c);
      continue;
    }
    const from = firstStartingAt(doc.tokens, c.start);
    let to = from;
    while (to < doc.tokens.length && doc.tokens[to].end <= c.end) to++;
    const at = doc.tokens.slice(from, to).findIndex((t) => CONJUNCTIONS.has(t.norm));
    const capitalised = doc.tokens.slice(from, to).every((t, k) => k === at || /^[\p{Lu}\d]/u.test(t.norm) && !/-$/.test(t.norm));
    if (at <= 0 || at >= to - from - 1 || !capitalised) {
      out.push(c);
      continue;
    }
    out.push({ ...c, end: doc.tokens[from + at - 1].end }, { ...c, start: doc.tokens[from + at + 1].start });
  }
  return out;
}
