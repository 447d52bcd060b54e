import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import { isDegreePart, isTitle, roleOf, roleOfToken } from '../../lang/de/roles.js';
import { tokenWords } from '../../cache/word-info.js';
import { CAPITALISED_STOP_WORDS } from '../../lang/de/stop-words.js';
import { isGluedParticle } from './person-edges.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** True when the token could be (part of) a person's name. */
export function looksLikeNamePart(token: Token, afterName = false): boolean {
  const w = token.norm;
  if (!/^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u.test(w) || w.length < 2) return false;
  if (CAPITALISED_STOP_WORDS.has(w) || /^\p{Lu}{2,}$/u.test(w) || roleOf(w) !== undefined) return false;
  // After a first name any capitalised word is a surname candidate (`Michael Bauer`); first ones must not be nouns.
  return afterName || !isCommonNoun(w, { compounds: false });
}

/**
 * Tokens of a title at `k`: 1 for `Dr.` or `Prof.`, 2 for `Dr` `.` as pre-tokenized text splits it, with the
 * parts of a degree that follow (`Dr. med.`: 3 tokens, `Dr. rer. nat.`: 5), else 0.
 */
export function titleLength(t: readonly Token[], k: number): number {
  const same = (j: number) => t[j] !== undefined && t[j].sentence === t[k].sentence;
  let n = isTitle(t[k].norm) ? 1 : same(k + 1) && t[k + 1].norm === '.' && isTitle(`${t[k].norm}.`) ? 2 : 0;
  // `Dr. med.`, `Dr. rer. nat.`, `Dr. h. c.`: the parts of a degree, each with its period, belong to the title.
  while (n > 0 && same(k + n) && isDegreePart(t[k + n].norm)) {
    if (t[k + n].norm.endsWith('.')) n += 1;
    else if (same(k + n + 1) && t[k + n + 1].norm === '.') n += 2;
    else break;
  }
  return n;
}

/** True when token `i` lies inside a title chain that starts up to six tokens before it (`med` in `Dr. med.`). */
export function insideTitle(t: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6 && t[j].sentence === t[i].sentence; j--) {
    if (titleLength(t, j) > i - j) return true;
  }
  return false;
}

/**
 * A person's name after a role noun or title: `Bahnchef Richard Lutz`, `Präsident Emmanuel Macron`,
 * `Dr. Anna Klein`. One to three name-like tokens in the same sentence.
 */
export function findRoleNames(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const words = tokenWords(t);
  for (let i = 0; i < t.length - 1; i++) {
    // The role of a compound is its last part (`Nvidia-Chef`); of a plain word, kept on its WordInfo.
    const parts = t[i].parts;
    const word = parts ? doc.text.slice(parts[parts.length - 1].start, t[i].end) : t[i].norm;
    const role = parts ? roleOf(word) : roleOfToken(words, i);
    if (!role && titleLength(t, i) === 0) continue;
    let j = i + 1;
    let first = i + 1;
    for (let n = titleLength(t, i); n > 1; n--) j++, first++;
    for (;;) {
      if (j >= t.length || j - first >= 3 || t[j].sentence !== t[i].sentence) break;
      const title = titleLength(t, j);
      if (title > 0 && j === first) j += title, first += title;
      // `IS-Chef Abu Bakr al-Bagdadi`: a particle glued to a name continues it.
      else if (looksLikeNamePart(t[j], j > first) || (j > first && isGluedParticle(t[j].norm))) j++;
      else break;
    }
    if (j > first) {
      // `Finanzinvestor Elliott`: a noun for investors or partners before one word names a company; people are
      // introduced with first and last name (`Investor Warren Buffett`).
      const type = j - first === 1 && first === i + 1 && isOrganisationNoun(word) ? 'ORG' : 'PER';
      out.push({ start: t[first].start, end: t[j - 1].end, type, kind: 'name', source: 'rule:role-before-name', confidence: 0.75, priority: PRIORITY.role });
      i = j - 1;
    } else if (first > i + 1) {
      // No name after a chain of titles (`Dr. Dr. Dr. ...`): a scan from any title inside the chain skips the same
      // titles to the same token and fails the same way, so they are not scanned again (that was quadratic).
      i = first - 1;
    }
  }
  return out;
}
