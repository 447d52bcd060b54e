import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import { ABBREVIATIONS } from '../../lang/de/abbreviations.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { isNounNounCompound } from '../../lang/de/noun-compounds.js';
import { isOrganisationNoun } from '../../lang/de/organisation-nouns.js';
import { CAPITALISED_STOP_WORDS } from '../../lang/de/stop-words.js';
import { loadLexicons } from '../../model/lexicons.js';
import { PRIORITY, type Candidate } from './candidate.js';

/**
 * Organisation nouns that often open the name itself (`Sparkasse Neckartal`, `Stiftung Warentest`, `Verlag Paul
 * Haupt`): after them only an acronym is taken as the name on its own (`Beteiligungsgesellschaft HGV`).
 */
const NAME_HEAD = /(bank|kasse|verband|partei|gewerkschaft|institut|club|klub|verein|holding|gruppe|verlag|sender|behörde|ministerium|agentur|fonds|plattform|marke|gesellschaft|genossenschaft|brauerei|molkerei|kellerei|stiftung)(e?s|e?n)?$/;

/** An acronym: two to six capitals, digits or `&`, at least two capitals (`HHLA`, `KNDS`, `A&O`; not `A7`, `III`). */
function isAcronym(word: string): boolean {
  return !/^[IVXLCDM]+$/.test(word) && /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !ABBREVIATIONS.has(word.toLowerCase());
}

/** A capitalised word that is no common noun, noun compound, stop word, city or country (`Curevac`, `Kaufland`; not `Ende`, `Rechenleistung`). */
function isNameWord(word: string): boolean {
  if (!/^\p{Lu}[\p{L}\d'’-]+$/u.test(word) || CAPITALISED_STOP_WORDS.has(word)) return false;
  const l = loadLexicons();
  return !l.cities.has(word) && !l.countries.has(word) && !isCommonNoun(word, { compounds: false }) && !isNounNounCompound(word);
}

/** True when token `j` ends the name: the next token is in another sentence, lower case or punctuation. */
function endsName(t: readonly Token[], j: number): boolean {
  const next = t[j + 1];
  return next === undefined || next.sentence !== t[j].sentence || !/^\p{Lu}/u.test(next.norm);
}

/**
 * One name right after a noun for an organisation is the organisation (`der Hersteller NXP`, `die Reederei MSC`,
 * `des Hafenlogistikers HHLA`, `den Tübinger Rivalen Curevac`, `die Supermarktkette Kaufland`): ORG. The name is
 * one word, followed by no other capitalised word (longer names are left to the tagger and the gazetteer); after
 * a noun that often opens names itself (`Sparkasse`, `Verband`, `Gruppe`) only an acronym counts.
 */
export function findOrganisationsAfterNouns(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const noun = t[i].norm;
    const j = i + 1;
    if (t[j].sentence !== t[i].sentence || t[j].start === t[i].end || !isOrganisationNoun(noun)) continue;
    const word = t[j].norm;
    const opensNames = NAME_HEAD.test(noun.toLowerCase());
    if (!(isAcronym(word) || (!opensNames && isNameWord(word))) || !endsName(t, j)) continue;
    out.push({ start: t[j].start, end: t[j].end, type: 'ORG', kind: 'name', source: 'rule:organisation-noun', confidence: 0.75, priority: PRIORITY.role });
  }
  return out;
}

/** A word with a capital inside after small letters (`CosmosDirekt`, `ZDNet`, `BILDblog`); not `McAllister`, `DiCaprio`, plural acronyms (`SSDs`). */
const INNER_CAPITAL = /^(?!(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|O)\p{Lu})\p{Lu}[\p{L}\d]*(?:\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll})[\p{L}\d]*$/u;

/**
 * True when a letter after the first is upper case: a cheap test before {@link INNER_CAPITAL}, whose backtracking
 * over every word of an article cost more than the rest of the rule (most words have no capital inside).
 */
function innerUpper(word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c > 127 && word[k] !== word[k].toLowerCase())) return true;
  }
  return false;
}

/**
 * Words with a capital inside (`CosmosDirekt`, `ZDNet`, `BILDblog`): German words never have one, so they name a
 * company or a medium: ORG. Below the tagger (priority 19), which types the ones it knows (`PlayStation` as OTH).
 */
export function findInnerCapitalNames(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const t of doc.tokens) {
    if (t.parts || !innerUpper(t.norm) || !INNER_CAPITAL.test(t.norm) || /^\p{Lu}{2,}s$/u.test(t.norm)) continue;
    // Two German words glued (`SinkflugBerechnen`) name nothing.
    const head = /^(\p{Lu}\p{Ll}+)\p{Lu}/u.exec(t.norm)?.[1];
    if (!head || !isCommonNoun(head)) out.push({ start: t.start, end: t.end, type: 'ORG', kind: 'name', source: 'rule:inner-capital', confidence: 0.6, priority: PRIORITY.speaker });
  }
  return out;
}

/** Heads of institutions named after a person (`Max-Planck-Institut`, `Friedrich-Ebert-Stiftung`, `Heinrich-Heine-Universität`). */
const INSTITUTION_HEAD = /^(institut|gesellschaft|stiftung|universität|hochschule|gymnasium|schule|klinik|klinikum|krankenhaus|zentrum|museum|bibliothek|akademie)(e?s|e?n)?$/;

/**
 * A hyphenated institution named after a person: a known first name, capitalised name parts and an institution
 * noun (`Max-Planck-Gesellschaft`, `Friedrich-Ebert-Stiftung`, `Otto-von-Guericke-Universität`): one ORG name,
 * as GermEval labels them; above the compound rule, so `Max-Planck` is no part of it. Not when a longer name goes
 * on (`Max-Planck-Institut für Plasmaphysik`).
 */
export function findNamedInstitutions(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { names, countries } = loadLexicons();
  // A name part: a known name or no common noun (`Planck`, `Ebert`; not `Reise` in `China-Reise-Gesellschaft`).
  const namePart = (w: string) => /^(von|van|der|de)$/.test(w) || (/^\p{Lu}/u.test(w) && (names.has(w) || !isCommonNoun(w, { compounds: false })));
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const parts = t[i].parts;
    // A longer name is left to the tagger: `Max-Planck-Institut für Plasmaphysik`, `... Universität Magdeburg`.
    if (!parts || parts.length < 3 || !endsName(t, i) || (t[i + 1]?.sentence === t[i].sentence && t[i + 1].norm === 'für')) continue;
    const words = parts.map((p) => doc.text.slice(p.start, p.end));
    const inner = words.slice(1, -1);
    if (!names.has(words[0]) || countries.has(words[0]) || !INSTITUTION_HEAD.test(words.at(-1)!.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(inner.at(-1)!) || !inner.every(namePart)) continue;
    out.push({ start: t[i].start, end: t[i].end, type: 'ORG', kind: 'name', source: 'rule:named-institution', confidence: 0.75, priority: PRIORITY.compound + 1 });
  }
  return out;
}
