import type { Doc } from '../../document/doc.js';
import { firstStartingAt } from '../../document/offsets.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** A short form in brackets: two to eight letters, digits, `&` or `-`, at least two capitals (`ESMC`, `IPP`, `IfW`). */
function isShortForm(word: string): boolean {
  return /^\p{Lu}[\p{L}\d&-]{1,7}$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * True when `short` abbreviates `long` as Schwartz and Hearst (2003) match them: each letter or digit of the short
 * form, from the last, is found in the long form right to left, and its first one opens a word of the long form
 * (`ESMC` for `European Semiconductor Manufacturing Company`, `IPP` for `Max-Planck-Institut für Plasmaphysik`,
 * `LBBW` for `Landesbank Baden-Württemberg`).
 */
export function abbreviates(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s[si];
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\d]/u.test(l[li - 1])))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/**
 * Short forms defined in brackets right after a name: `die European Semiconductor Manufacturing Company (ESMC)`,
 * `Der Deutsche Tennis Bund (DTB)`. The short form gets the name's type and KB id; as a rule mention it is then
 * propagated to its other occurrences (`An ESMC hält TSMC 70 Prozent`). Persons are left out (`Merkel (CDU)`).
 */
export function findAcronyms(doc: Doc, accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  for (const c of accepted) {
    if (c.kind !== 'name' || !['ORG', 'LOC', 'OTH', 'PRODUCT'].includes(c.type)) continue;
    const i = firstStartingAt(t, c.end);
    const [open, short, close] = [t[i], t[i + 1], t[i + 2]];
    if (!open || !short || !close || open.norm !== '(' || close.norm !== ')' || open.sentence !== short.sentence) continue;
    if (!isShortForm(short.norm) || !abbreviates(short.norm, doc.text.slice(c.start, c.end))) continue;
    const found: Candidate = { start: short.start, end: short.end, type: c.type, kind: 'name', source: 'rule:acronym', confidence: 0.8, priority: PRIORITY.role };
    out.push(c.kbId ? { ...found, kbId: c.kbId } : found);
  }
  return out;
}
