import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { CLUB_PREFIXES } from '../../lang/de/sports-cues.js';
import { candidateIndex } from '../link/candidate-index.js';
import { foldKey } from '../link/fold.js';
import { clubPlaceWords } from './95-club-metonymy.js';

/** What the club-metonymy step knows of a KB's football clubs. */
export interface ClubPlaces {
  /** Place words of curated clubs that name one club only (`Dortmund` -> BVB). */
  words: ReadonlyMap<string, KbEntry>;
  /** The ids of the curated clubs (a mention of one makes a sentence a football report). */
  ids: ReadonlySet<string>;
  /**
   * The one KB club a place name stands for, curated or from the tables: named so in full (`Kickers Offenbach`) or
   * as `<prefix> <place>` (`SV Sandhausen`, `SC Preußen Münster`); undefined when none or several clubs fit.
   */
  club(name: string): KbEntry | undefined;
  /** True when the KB knows a place of this name (`Artern`, `Dinslaken`). */
  place(name: string): boolean;
  /** The one curated club named after a curated company, by the company's id (`org:bayer` -> Bayer 04 Leverkusen). */
  companies: ReadonlyMap<string, KbEntry>;
}

/** No clubs: the step switched off. */
export const NO_CLUBS: ClubPlaces = { words: new Map(), ids: new Set(), club: () => undefined, place: () => false, companies: new Map() };

/**
 * Curated companies whose one-word name starts the name or an alias of exactly one curated club (`Bayer` of
 * `Bayer 04 Leverkusen`): in a football report the bare company name is the club (`Bayer gewann das Derby`).
 */
export function companyClubs(entries: readonly KbEntry[]): Map<string, KbEntry> {
  const companies = new Map(entries.filter((e) => e.type === 'ORG' && e.schemaType !== 'SportsTeam' && !e.linkOnly && !/\s/.test(e.name)).map((e) => [e.name, e]));
  const byCompany = new Map<string, KbEntry | null>();
  for (const club of entries) {
    if (club.schemaType !== 'SportsTeam' || club.linkOnly) continue;
    for (const name of [club.name, ...(club.aliases ?? [])]) {
      const company = companies.get(name.split(/\s+/)[0]);
      if (company && name !== company.name) byCompany.set(company.id, byCompany.has(company.id) && byCompany.get(company.id) !== club ? null : club);
    }
  }
  return new Map([...byCompany].filter((kv): kv is [string, KbEntry] => kv[1] !== null));
}

/** The prefixes tried before a place name (`1. FC Saarbrücken`, `1. FSV Mainz 05` too). */
const TRIED = [...CLUB_PREFIXES, '1. FC', '1. FSV'];

/** The club knowledge of a KB: curated place words, and the table clubs by name (memoised per name). */
export function clubPlaces(kb: Kb): ClubPlaces {
  const words = clubPlaceWords(kb.names());
  const ids = new Set(kb.names().filter((e) => e.schemaType === 'SportsTeam').map((e) => e.id));
  const index = candidateIndex(kb);
  const seen = new Map<string, KbEntry | undefined>();
  const club = (name: string): KbEntry | undefined => {
    if (!/^[\p{Lu}\d]/u.test(name)) return undefined;
    if (seen.has(name)) return seen.get(name);
    const found = new Set<KbEntry>();
    for (const full of [name, ...TRIED.map((p) => `${p} ${name}`)]) {
      for (const e of index.names(foldKey(full))) if (e.schemaType === 'SportsTeam') found.add(e);
    }
    const one = found.size === 1 ? [...found][0] : undefined;
    if (seen.size >= 50_000) seen.clear();
    seen.set(name, one);
    return one;
  };
  const place = (name: string) => index.names(foldKey(name)).some((e) => e.type === 'LOC');
  return { words, ids, club, place, companies: companyClubs(kb.names()) };
}
