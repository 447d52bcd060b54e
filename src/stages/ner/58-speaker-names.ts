import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { roleOf } from '../../lang/de/roles.js';
import { CAPITALISED_STOP_WORDS } from '../../lang/de/stop-words.js';
import { loadLexicons } from '../../model/lexicons.js';
import { PRIORITY, type Candidate } from './candidate.js';

/** Verbs that attribute a quote when they follow it (`"...", sagte Müller`, `"...", so Pock abschließend`). */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'sagte', 'sagt', 'erklärte', 'erklärt', 'erläuterte', 'betonte', 'betont', 'meinte', 'meint', 'so', 'ergänzte',
  'fügte', 'warnte', 'kritisierte', 'forderte', 'bestätigte', 'berichtete', 'schrieb', 'räumte', 'resümierte',
  'bilanzierte', 'urteilte', 'sagten', 'unterstrich', 'versicherte', 'verriet', 'gestand', 'lobte', 'mahnte',
]);

/** Punctuation that closes a quote or clause before the attributing verb: `,` and closing quotes. */
const BEFORE_VERB = /^[,"“”«»‘’']$/;

/** True for a word that can be a person's name here: capitalised, no stop word, role or place; a noun only when a known name (`Schneider`). */
function isNameWord(word: string, first: boolean): boolean {
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) || CAPITALISED_STOP_WORDS.has(word) || roleOf(word) !== undefined) return false;
  const l = loadLexicons();
  // The city list is noisy (`Anna`, `Rohrbach`): a known person name stays a name.
  if (l.names.has(word)) return !l.countries.has(word);
  return !l.cities.has(word) && !l.countries.has(word) && (!first || !isCommonNoun(word, { compounds: false }));
}

/** True when token `k` closes the name: end of sentence, punctuation or a lower-case word (`abschließend`, `mit`). */
function closesName(t: readonly Token[], k: number, sentence: number): boolean {
  return k >= t.length || t[k].sentence !== sentence || !/^\p{L}/u.test(t[k].norm) || /^\p{Ll}/u.test(t[k].norm);
}

/**
 * The speaker after a quote: `"...", erläuterte Doskozil.`, `"...", so Pock abschließend.`: one to three name
 * words right after an attributing verb that follows a comma or closing quote are a person. Below the tagger in the
 * merge (priority 19): it fills gaps the tagger leaves, and as a rule mention its surname is propagated.
 */
export function findSpeakerNames(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (!SPEECH_VERBS.has(t[i].norm) || !BEFORE_VERB.test(t[i - 1].norm) || t[i - 1].sentence !== t[i].sentence) continue;
    const s = t[i].sentence;
    let j = i + 1;
    while (j < t.length && j - i <= 3 && t[j].sentence === s && isNameWord(t[j].norm, j === i + 1)) j++;
    if (j === i + 1 || !closesName(t, j, s)) continue;
    out.push({ start: t[i + 1].start, end: t[j - 1].end, type: 'PER', kind: 'name', source: 'rule:speaker', confidence: 0.7, priority: PRIORITY.speaker });
  }
  return out;
}
