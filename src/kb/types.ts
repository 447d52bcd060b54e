import type { EntityType } from '../document/types.js';

/** A role held by a person: `{ role: 'Präsident', of: 'loc:usa' }`. */
export interface KbRole {
  /** German role noun as used in news: `Präsident`, `Bundeskanzler`, `Chef`, `Vorsitzender`. */
  role: string;
  /** KB id of the organisation or place. */
  of: string;
}

/** A role a person no longer holds, with the years when known. */
export interface KbFormerRole extends KbRole {
  /** First year in the role (inclusive), when known. */
  from?: number;
  /** Last year in the role (inclusive), when known. */
  until?: number;
}

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
  /**
   * Forms that refer to this entry only once it has been named in the same article (in-document coreference), never
   * on their own: `Volksrepublik` (China), `Amerika` (USA), `Huang` (Jensen Huang). Not used inside compounds.
   */
  contextAliases?: string[];
  /** Derived adjective stems, lower case, without inflection ending: `chinesisch`, `us-amerikanisch`, `amerikanisch`. */
  adjectives?: string[];
  /** Demonym noun stems for people (`Chinese`, `Amerikaner`), capitalised. */
  demonyms?: string[];
  /** Wikidata id, only when confirmed from a public source. */
  qid?: string;
  /** For people: current roles as `{ role, of }` with `of` a KB id (`{ role: 'Präsident', of: 'loc:usa' }`). */
  roles?: KbRole[];
  /** For people: roles no longer held (`Joe Biden`: `{ role: 'Präsident', of: 'loc:usa', from: 2021, until: 2025 }`). */
  formerRoles?: KbFormerRole[];
  /** For people: KB id of the party they belong to (`org:cdu`). */
  party?: string;
  /** For organisations and places: KB id of the country or city where it is based / lies. */
  country?: string;
  /** For places: KB id of the enclosing state or region (`loc:bavaria` for München), when finer than `country`. */
  partOf?: string;
  /** For products: KB id of the manufacturer (`org:nvidia` for the H20). */
  manufacturer?: string;
  /** For countries and territories: ISO 3166-1 alpha-2 code (`CN`, `US`; `XK` for Kosovo). */
  iso2?: string;
  /**
   * True for entries used only to link mentions that NER found by other means, never matched as gazetteer names:
   * the large generated tables (thousands of places, brands, politicians) whose names would otherwise turn
   * ordinary words into mentions and change what the tagger learned.
   */
  linkOnly?: boolean;
  /** Where the entry comes from: a source id of `data/kb/sources.json` or `curated:<file>`. */
  source?: string;
  /** How its `qid` was confirmed: the source table that gives it, or the public file that pairs it with the name. */
  qidSource?: string;
  /** For places: population, a prominence prior among places of one name (`Frankfurt` am Main before an der Oder). */
  population?: number;
  /**
   * Prominence prior: how often the entry's full names occur in the development news text (`data/kb/prominence.tsv`,
   * never the measurement sets). Among candidates of one name the linker prefers the more prominent.
   */
  prominence?: number;
  /** Words (`Tor`, `Bundesliga`) or KB ids (`org:fc-bayern`) whose presence in an article supports this reading. */
  context?: string[];
}
