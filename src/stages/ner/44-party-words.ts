import type { Doc } from '../../document/doc.js';
import type { KbEntry } from '../../kb/types.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** Articles before a party's adjective name: `die Grünen`, `der Linken` (genitive, dative), `den Grünen`. */
const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'den']);

/** Articles that open a KB party's name (`Die Grünen`, `Die Linke`). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['Der', 'Die', 'Das']);

/**
 * The party names that are adjectives made nouns (`Grünen`, `Linke`, `Linken`): the forms a KB party lists both
 * inside compounds and as a name once the party is named (`compoundForms` and `contextAliases`). The gazetteer does
 * not match them alone, for as adjectives they are common words (`im Grünen`).
 */
export function partyWords(entries: readonly KbEntry[]): Map<string, KbEntry> {
  const out = new Map<string, KbEntry>();
  for (const e of entries) {
    if (e.type !== 'ORG' || e.schemaType !== 'PoliticalParty') continue;
    for (const form of e.contextAliases ?? []) if (/^\p{Lu}\p{Ll}+$/u.test(form) && e.compoundForms?.includes(form)) out.set(form, e);
  }
  return out;
}

/**
 * Parties named by an adjective after a definite article (`wenn die Grünen sich ... verbünden`, `mit der Linken`,
 * `der Grünen und SP`), which the tagger missed in GermEval dev and the real-news dev set: ORG, without a KB id (the
 * Swiss and Austrian Greens are named so too); not before a capitalised word, which the adjective may describe (`die
 * Grünen Damen`). And a KB party's name that opens with an article, matched at a sentence's start, leaves the article
 * out (`Die Grünen stellen ...` -> `Grünen`, as the real-news guidelines read GermEval); a newspaper's keeps it (`Der
 * Tagesspiegel`, GermEval dev). `entryOf` gives a KB id's entry.
 */
export function findPartyWords(
  doc: Doc,
  words: ReadonlyMap<string, KbEntry>,
  candidates: readonly Candidate[],
  entryOf: (id: string) => KbEntry | undefined,
): Candidate[] {
  const t = doc.tokens;
  const out: Candidate[] = [];
  const same = (a: number, b: number) => t[a] !== undefined && t[b] !== undefined && t[a].sentence === t[b].sentence;
  for (let i = 1; i < t.length; i++) {
    if (!words.has(t[i].norm) || !same(i - 1, i) || !ARTICLES.has(t[i - 1].norm.toLowerCase())) continue;
    if (same(i, i + 1) && /^\p{Lu}/u.test(t[i + 1].norm)) continue;
    out.push({ start: t[i].start, end: t[i].end, type: 'ORG', kind: 'name', source: 'rule:party-word', confidence: 0.75, priority: PRIORITY.role });
  }
  // Only gazetteer names opening with an article are looked at: the token index is built for them alone (most articles have none).
  const opening = candidates.filter((c) => c.source === 'gazetteer' && NAME_ARTICLES.has(doc.text.slice(c.start, c.start + 3)));
  const startsAt = opening.length ? new Map(t.map((token, i) => [token.start, i])) : new Map<number, number>();
  for (const c of opening) {
    const i = startsAt.get(c.start);
    if (c.source !== 'gazetteer' || i === undefined || same(i - 1, i) || !NAME_ARTICLES.has(t[i].norm) || !same(i, i + 1) || t[i + 1].start >= c.end) continue;
    if (!c.kbId || entryOf(c.kbId)?.schemaType !== 'PoliticalParty') continue;
    out.push({ ...c, start: t[i + 1].start, priority: c.priority + 1 });
  }
  return out;
}
