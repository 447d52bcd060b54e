import type { EntityType } from '../document/types.js';

/**
 * One curated knowledge-base entry. Data modules under `src/kb/data/` export arrays of these; users add their own
 * as JSON Lines (`faktum run --kb my-entities.jsonl`, one entry per line, same fields).
 */
export interface KbEntry {
  /** Stable local id, lower-case ASCII slug with a type prefix: `org:nvidia`, `per:jensen-huang`, `loc:china`. */
  id: string;
  type: EntityType;
  /**
   * schema.org class local name: `Person`; `Organization`, `Corporation`, `GovernmentOrganization`,
   * `PoliticalParty`, `NGO`, `EducationalOrganization`, `SportsTeam`; `Place`, `Country`, `City`, `State`,
   * `Continent`, `AdministrativeArea`; `Product`.
   */
  schemaType: string;
  /** Canonical German name (`USA`, `China`, `Nvidia`, `Jensen Huang`). */
  name: string;
  /** English label, when it differs. */
  nameEn?: string;
  /** Other names that refer to this entry unambiguously: `Vereinigte Staaten`, `Volksrepublik China`, `Nvidia Corp.`. */
  aliases?: string[];
  /**
   * Short forms valid only inside hyphen compounds or when the full name is in the same article: `US` (`US-Regierung`),
   * `Huang` for `Jensen Huang`. Not matched on their own as names.
   */
  compoundForms?: string[];
  /** Derived adjective stems, lower case, without inflection ending: `chinesisch`, `us-amerikanisch`, `amerikanisch`. */
  adjectives?: string[];
  /** Demonym noun stems for people (`Chinese`, `Amerikaner`), capitalised. */
  demonyms?: string[];
  /** Wikidata id, only when confirmed from a public source. */
  qid?: string;
  /** For people: current roles as `{ role, of }` with `of` a KB id (`{ role: 'Präsident', of: 'loc:usa' }`). */
  roles?: Array<{ role: string; of: string }>;
  /** For organisations and places: KB id of the country or city where it is based / lies. */
  country?: string;
}
