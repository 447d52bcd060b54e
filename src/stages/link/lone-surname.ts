import { isCommonNoun } from '../../lang/de/common-nouns.js';
import type { KbEntry } from '../../kb/types.js';

/**
 * True when a person's last name may be counted alone toward the person's prominence (scripts/kb/prominence.mjs):
 * four letters or more, and no German common noun (`Brand`, `Stein`, `Park` alone are a fire, a stone, a park far
 * more often than `Ralph Brand`, `Peter Stein` or `George Park`).
 */
export function countableSurname(surname: string): boolean {
  return surname.length >= 4 && !isCommonNoun(surname, { compounds: false });
}

/** Particles that start a surname after a first name (`Thomas de Maizière`, `Rafael van der Vaart`); not `von`, which
 * follows a lone surname as often (`Müller von der Polizei`). */
const PARTICLES = new Set(['de', 'van', 'da', 'di', 'del', 'della', 'dos', 'du', 'le', 'la', 'ten', 'ter', 'bin', 'ibn', 'al', 'el']);

/**
 * True when `words[i]` stands alone as a surname: no capitalised word or surname particle follows it, as one would a
 * first name (`Otto` in `Otto Schily`, `Thomas` in `Thomas de Maizière`), while `Gabriel sagte` is the surname alone.
 */
export function standsAlone(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  return !/^\p{Lu}/u.test(next) && !PARTICLES.has(next);
}

/** KB bearers of a surname besides the one news names, all nobody names there, that still leave it that person's. */
export const UNNAMED_NAMESAKES = 2;

/**
 * The one person a lone surname names when the development news names exactly one of its KB bearers and the others,
 * at most {@link UNNAMED_NAMESAKES}, are persons it never names
 * (`Trump` is Donald Trump, not the tables' Ivanka or Melania; `Juncker` is Jean-Claude Juncker, not a Bundestag
 * member of 1950; `Dobrindt`, `Klopp`). A surname whose bearers news never names stays NIL (`Weidmann`: the
 * Bundesbank's head is not the table's footballer), even a curated one (`Pressesprecherin Reiche` is not the
 * minister), as does one with many bearers (`Weber`) and one that is a German common noun (`Blitz, Donner und
 * Regen` names no Richard Donner).
 */
export function soleNewsPerson(entries: readonly KbEntry[]): KbEntry | undefined {
  const persons = entries.filter((e) => e.type === 'PER');
  const named = persons.filter((e) => (e.prominence ?? 0) >= 1);
  if (persons.length !== entries.length || named.length !== 1 || persons.length - 1 > UNNAMED_NAMESAKES) return undefined;
  return countableSurname(named[0].name.split(' ').at(-1) ?? '') ? named[0] : undefined;
}
