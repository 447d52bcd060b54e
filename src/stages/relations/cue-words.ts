import { expand } from './cue-gate.js';

/**
 * The cue words of the relation rules as lists, for their cue gates (cue-gate.ts): each list holds every word its
 * rule's pattern accepts, spelled out from the pattern's alternatives and optional endings.
 */

/** `an`, `am`, `An` of 60-stakes (`hält 10 Prozent an Y`). */
export const AN_WORDS = ['an', 'am', 'An'];

/** OWNER_NOUNS of 60-stakes, with `-in` and `-s`. */
export const OWNER_WORDS = expand(
  ['Anteilseigner', 'Großaktionär', 'Hauptaktionär', 'Mehrheitsaktionär', 'Ankeraktionär', 'Aktionär', 'Einzelaktionär', 'Eigentümer', 'Mehrheitseigner', 'Miteigentümer'],
  ['', 'in', 's'],
);

/** BELONGS of 60-stakes. */
export const BELONGS_WORDS = ['gehört', 'gehören', 'gehörte', 'gehörten'];

/** ACQUIRED of 60-stakes. */
export const ACQUIRED_WORDS = ['übernommen', 'übernahm', 'gekauft', 'kaufte', 'erworben', 'erwarb'];

/** JOINT of 60-stakes, with `-s`. */
export const JOINT_WORDS = expand(['Gemeinschaftsunternehmen', 'Joint-Venture', 'Joint Venture', 'Tochter', 'Tochterfirma', 'Tochtergesellschaft', 'Tochterunternehmen'], ['', 's']);

/** DELIVERY_VERB of 50-supplies-to: its three alternatives. */
export const DELIVERY_WORDS = [
  ...expand(expand(['', 'aus'], ['liefer', 'verkauf', 'exportier', 'beliefer', 'verschiff']), ['', 't', 'te', 'ten', 'test', 'en', 'n', 'e', 'st']),
  ...expand(['', 'ge'], ['liefert', 'verkauft', 'exportiert', 'beliefert']),
  ...expand(['aus', 'zu'], ['geliefert', 'verkauft', 'liefern', 'verkaufen']),
];

/** MAKES_FOR of 50-supplies-to. */
export const MAKES_FOR_WORDS = ['baut', 'bauen', 'baute', 'bauten', 'fertigt', 'fertigen', 'fertigte', 'produziert', 'produzieren', 'produzierte', 'montiert', 'montieren', 'montierte', 'gebaut', 'gefertigt'];

/** RECEIVES of 50-supplies-to. */
export const RECEIVES_WORDS = ['erhält', 'erhalten', 'erhielt', 'bekommt', 'bekommen', 'bekam', 'bezieht', 'beziehen', 'bezog'];
