import type { Token } from '../../document/types.js';
import type { KbEntry } from '../../kb/types.js';

/** Definite articles of the plural: `die Sachsen`, `der Niedersachsen` (genitive), `den Bayern` (dative). */
const PLURAL_ARTICLES: ReadonlySet<string> = new Set(['die', 'der', 'den']);

/**
 * True when token `i` is a place name that is also the plural of its own demonym and follows a definite article:
 * `konnten die Sachsen ...`, `das Tor der Niedersachsen`, `gegen die Bayern` name the people or a team, not the
 * state; a German state or region name takes no article (`in Sachsen`, `Bayerns Regierung`).
 */
export function isDemonymPlural(tokens: readonly Token[], i: number, entry: KbEntry): boolean {
  const previous = tokens[i - 1];
  if (entry.type !== 'LOC' || !entry.demonyms || !previous || previous.sentence !== tokens[i].sentence) return false;
  if (!PLURAL_ARTICLES.has(previous.norm.toLowerCase())) return false;
  const word = tokens[i].norm;
  return entry.demonyms.some((d) => word === `${d}n` || word === `${d}en`);
}
