import { isCommonNoun } from '../../lang/de/common-nouns.js';

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
